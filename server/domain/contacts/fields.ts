import { sql } from 'kysely';
import { type FieldSpec, fieldResolver } from '../search/query.ts';

const column = (name: string) => ({ expression: () => sql.ref(`contacts.${name}`) });
/** Intercom fields Charla does not track: searchable, and always empty. */
const untracked = (type: 'string' | 'timestamp') => ({ type, expression: () => sql`null` });
const day = (name: string): FieldSpec => ({ type: 'timestamp', byDay: true, ...column(name) });

/** The contact fields of Intercom's search. Timestamps compare by UTC day, as Intercom documents for contacts. */
export const resolveContactField = fieldResolver(
  {
    id: { type: 'id', ...column('id') },
    role: { type: 'string', ...column('role') },
    name: { type: 'string', ...column('name') },
    avatar: { type: 'string', ...column('avatar') },
    owner_id: { type: 'number', ...column('owner_id') },
    email: { type: 'string', ...column('email') },
    email_domain: { type: 'string', expression: () => sql`split_part(contacts.email, '@', 2)` },
    phone: { type: 'string', ...column('phone') },
    external_id: { type: 'string', ...column('external_id') },
    language_override: { type: 'string', ...column('language') },
    unsubscribed_from_emails: { type: 'boolean', ...column('unsubscribed_from_emails') },
    marked_email_as_spam: { type: 'boolean', expression: () => sql`false` },
    has_hard_bounced: { type: 'boolean', expression: () => sql`false` },
    created_at: day('created_at'),
    updated_at: day('updated_at'),
    signed_up_at: day('signed_up_at'),
    last_seen_at: day('last_seen_at'),
    last_contacted_at: day('last_contacted_at'),
    last_replied_at: day('last_replied_at'),
    last_email_opened_at: untracked('timestamp'),
    last_email_clicked_at: untracked('timestamp'),
    browser: untracked('string'),
    browser_language: untracked('string'),
    os: untracked('string'),
    'location.country': untracked('string'),
    'location.region': untracked('string'),
    'location.city': untracked('string'),
  },
  () => sql.ref('contacts.custom_attributes'),
);
