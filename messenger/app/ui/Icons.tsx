/** Decorative icons: hidden from assistive technology, labelled by the control around them. */
function Icon({ path, size = 20 }: { path: string; size?: number }) {
  return (
    <svg viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false" class="icon">
      <path d={path} />
    </svg>
  );
}

export const CloseIcon = () => (
  <Icon path="M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6 6.4 5Z" />
);
export const BackIcon = () => <Icon path="M15.4 5.4 14 4l-8 8 8 8 1.4-1.4L8.8 12l6.6-6.6Z" />;
export const SendIcon = () => <Icon path="M3.4 20.4 21 12 3.4 3.6 3.4 10l12.6 2-12.6 2v6.4Z" />;
export const ChevronIcon = () => <Icon path="m9.4 5.4 6.6 6.6-6.6 6.6L8 17.2l5.2-5.2L8 6.8l1.4-1.4Z" size={18} />;
export const HomeIcon = () => (
  <Icon path="M12 3 2.5 11.2l1.3 1.5L5 11.7V20h5.5v-5.5h3V20H19v-8.3l1.2 1 1.3-1.5L12 3Zm5 15h-1.5v-5.5h-7V18H7v-8l5-4.3 5 4.3v8Z" />
);
export const TicketIcon = () => (
  <Icon path="M4 5a2 2 0 0 0-2 2v3a2 2 0 0 1 0 4v3a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2v-3a2 2 0 0 1 0-4V7a2 2 0 0 0-2-2H4Zm0 2h16v1.6a4 4 0 0 0 0 6.8V17H4v-1.6a4 4 0 0 0 0-6.8V7Zm5 2v2h6V9H9Zm0 4v2h6v-2H9Z" />
);
export const ChatIcon = () => (
  <Icon path="M12 3C6.5 3 2 6.9 2 11.7c0 2.6 1.3 4.9 3.4 6.5L4.6 22l4.5-2.4c.9.2 1.9.3 2.9.3 5.5 0 10-3.9 10-8.7S17.5 3 12 3Zm0 15.4c-.9 0-1.7-.1-2.5-.3l-.7-.2-1.9 1 .3-1.7-.6-.5C4.9 15.4 4 13.6 4 11.7 4 8 7.6 5 12 5s8 3 8 6.7-3.6 6.7-8 6.7Z" />
);
