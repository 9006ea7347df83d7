/** English strings for the inbox's attention work (merged into en.ts under `attention`). */
export const attentionEn = {
  events: {
    assignedTeam: 'Assigned to {{team}} by {{by}}',
    assignedSelf: '{{by}} assigned this to themselves',
    assignedSelfByReply: '{{by}} replied and assigned this to themselves',
    snoozedUntil: 'Snoozed by {{by}} until {{until}}',
    aTeam: 'a team',
  },
  list: {
    notePrefix: 'Note:',
    snoozedUntil: 'Snoozed until {{until}}',
  },
  thread: {
    mentionOfYou: 'mentions you',
  },
  replyAssigns: {
    label: 'Replying assigns the conversation',
    hint: 'A teammate who replies to a conversation nobody holds becomes its assignee (notes don’t count). The same goes for replies through the API.',
  },
  notifications: {
    assignedTitle: 'New conversation assigned to you',
    mentionTitle: '{{name}} mentioned you',
    body: '{{contact}}: {{text}}',
  },
  preferences: {
    title: 'Inbox & notifications',
    intro: 'How the inbox gets your attention. These follow you to every browser you sign in on.',
    moveOn: 'Open the next conversation after closing or snoozing',
    moveOnHint: 'As in Intercom: the next one in the list opens, so you can keep going.',
    desktop: 'Desktop notifications',
    desktopHint:
      'For conversations assigned to you and when a teammate mentions you, while Charla is open in a tab. Only one of your tabs notifies.',
    sound: 'Play a sound',
    soundHint: 'A short chime with the same notifications.',
    trySound: 'Try the sound',
    asking: 'Your browser is asking whether Charla may show notifications…',
    denied:
      'Your browser blocks notifications from Charla. Allow them in the site’s settings (the icon left of the address), then turn this on again.',
    blockedNow:
      'Notifications are on, but this browser blocks them for Charla. Allow them in the site’s settings (the icon left of the address).',
    unsupported: 'This browser can’t show desktop notifications.',
  },
};
