/** The app's line icons: decorative (the buttons carry the names). */
function Icon({ path, className = 'layout-icon', size = 22 }: { path: string; className?: string; size?: number }) {
  return (
    <svg className={className} viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false">
      <path d={path} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export const MenuIcon = () => <Icon path="M4 6h16M4 12h16M4 18h16" />;
export const BackIcon = () => <Icon path="M15 5l-7 7 7 7" />;
export const CloseIcon = () => <Icon path="M6 6l12 12M18 6L6 18" />;

/** The thread header's actions, smaller, beside their words. */
const ActionIcon = ({ path }: { path: string }) => <Icon path={path} className="action-icon" size={18} />;
export const SnoozeIcon = () => <ActionIcon path="M12 7v5l3 2M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0z" />;
export const CloseConversationIcon = () => <ActionIcon path="M5 12.5l4.5 4.5L19 7.5" />;
export const OpenIcon = () => <ActionIcon path="M4 12a8 8 0 1 0 2.3-5.6M4 4v4h4" />;
