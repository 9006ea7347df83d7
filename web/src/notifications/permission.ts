/** Whether this browser may show Charla's desktop notifications: 'unsupported', or the Notification permission. */
export type NotificationAccess = 'unsupported' | NotificationPermission;

export function notificationAccess(): NotificationAccess {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** Asks the browser (it shows its own prompt once; afterwards it answers at once). */
export async function askNotificationAccess(): Promise<NotificationAccess> {
  if (typeof Notification === 'undefined') return 'unsupported';
  if (Notification.permission !== 'default') return Notification.permission;
  try {
    return await Notification.requestPermission();
  } catch {
    return Notification.permission;
  }
}
