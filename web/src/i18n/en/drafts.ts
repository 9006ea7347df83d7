/** English strings for the inbox's drafts work (merged into en.ts under `drafts`). */
export const draftsEn = {
  marker: 'Draft',
  markerLabel: 'You have an unsent draft here',
  saving: 'Saving draft…',
  saved: 'Draft saved',
  notSaved: 'Draft not saved yet',
  leaveHint: 'Esc to leave',
  actions: 'Conversation actions',
  openNow: 'Open now',
  snoozeMenu: 'Snooze until…',
};
