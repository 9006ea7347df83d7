/** English strings for the inbox's search work (merged into en.ts under `search`). */
export const searchEn = {
  open: 'Search',
  title: 'Search conversations and contacts',
  shortcut: 'Search conversations and contacts',
  placeholder: 'Search messages, notes, names, emails…',
  cancel: 'Cancel',
  results: 'Search results',
  conversations: 'Conversations',
  contacts: 'Contacts',
  note: 'Note',
  unnamed: 'Unnamed contact',
  noConversation: 'No conversations',
  empty: 'Find conversations by what was said (messages and notes), by the contact’s name or email, and contacts.',
  searching: 'Searching…',
  noResults: 'Nothing found for “{{q}}”. Check the spelling or try fewer words.',
  failed: 'Search failed. Try again in a moment.',
  keys: '↑ ↓ to move · Enter to open · Esc to close',
};
