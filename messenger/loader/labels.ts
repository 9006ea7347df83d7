/** The few words the loader itself shows (the launcher and the frame's title), in the messenger's language. */
const LABELS = {
  en: {
    open: 'Open the chat',
    close: 'Close the chat',
    unread: (count: number) => (count === 1 ? '1 unread message' : `${count} unread messages`),
    frame: (workspace: string) => `Chat with ${workspace}`,
  },
  es: {
    open: 'Abrir el chat',
    close: 'Cerrar el chat',
    unread: (count: number) => (count === 1 ? '1 mensaje sin leer' : `${count} mensajes sin leer`),
    frame: (workspace: string) => `Chat con ${workspace}`,
  },
};

export type LoaderLanguage = keyof typeof LABELS;

/** The launcher's accessible name: what it does, then the unread count. */
export function launcherLabel(language: LoaderLanguage, isOpen: boolean, unread: number): string {
  const labels = LABELS[language];
  const action = isOpen ? labels.close : labels.open;
  return unread > 0 ? `${action}, ${labels.unread(unread)}` : action;
}

export function frameTitle(language: LoaderLanguage, workspace: string): string {
  return LABELS[language].frame(workspace);
}

/** The count shown on the badge. */
export const badgeText = (count: number) => (count > 99 ? '99+' : String(count));
