/** Line icons of the thread header's actions; decorative (the buttons keep their words for screen readers). */
function Icon({ path }: { path: string }) {
  return (
    <svg className="action-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={path} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export const SnoozeIcon = () => <Icon path="M12 7v5l3 2M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0z" />;
export const CloseConversationIcon = () => <Icon path="M5 12.5l4.5 4.5L19 7.5" />;
export const OpenIcon = () => <Icon path="M4 12a8 8 0 1 0 2.3-5.6M4 4v4h4" />;
