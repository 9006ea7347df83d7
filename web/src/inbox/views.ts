/** The inbox folders of the seed, in its order: personal folders first, then the team's shared views. */
export const INBOX_FOLDERS = [
  { slug: 'you', label: 'nav.you' },
  { slug: 'mentions', label: 'nav.mentions' },
  { slug: 'created-by-you', label: 'nav.created' },
  { slug: 'all', label: 'nav.all' },
  { slug: 'unassigned', label: 'nav.unassigned' },
] as const;

export const TEAM_VIEWS = [
  { slug: 'tickets', label: 'nav.tickets' },
  { slug: 'chats', label: 'nav.chats' },
] as const;

export type InboxView = (typeof INBOX_FOLDERS)[number] | (typeof TEAM_VIEWS)[number];

export function findInboxView(slug: string | undefined): InboxView | undefined {
  return [...INBOX_FOLDERS, ...TEAM_VIEWS].find((view) => view.slug === slug);
}
