/** Line icons for the narrow-screen controls; decorative (the buttons carry the names). */
function Icon({ path }: { path: string }) {
  return (
    <svg className="layout-icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <path d={path} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export const MenuIcon = () => <Icon path="M4 6h16M4 12h16M4 18h16" />;
export const BackIcon = () => <Icon path="M15 5l-7 7 7 7" />;
export const CloseIcon = () => <Icon path="M6 6l12 12M18 6L6 18" />;
