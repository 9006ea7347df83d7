import type { Contact, ContactBlocked, ContactDeleted, ContactList } from '../../../protocol/contacts.ts';
import type { CursorPages } from '../../../protocol/search.ts';
import { unixSeconds, unixSecondsOrNull } from '../../lib/time.ts';
import type { ContactRow } from './service.ts';

function emptyList(url: string) {
  return { type: 'list' as const, data: [], url, total_count: 0, has_more: false };
}

function emailDomain(email: string | null): string | null {
  const at = email?.lastIndexOf('@') ?? -1;
  return email && at >= 0 ? email.slice(at + 1) : null;
}

/** Intercom's `Contact`. Fields Charla does not track (bounces, location, social profiles) answer empty. */
export function presentContact(row: ContactRow): Contact {
  const id = String(row.id);
  return {
    type: 'contact',
    id,
    workspace_id: row.workspace_id,
    external_id: row.external_id,
    role: row.role,
    email: row.email,
    email_domain: emailDomain(row.email),
    phone: row.phone,
    name: row.name,
    avatar: row.avatar,
    owner_id: row.owner_id,
    has_hard_bounced: false,
    marked_email_as_spam: false,
    unsubscribed_from_emails: row.unsubscribed_from_emails,
    created_at: unixSeconds(row.created_at),
    updated_at: unixSeconds(row.updated_at),
    signed_up_at: unixSecondsOrNull(row.signed_up_at),
    last_seen_at: unixSecondsOrNull(row.last_seen_at),
    last_replied_at: unixSecondsOrNull(row.last_replied_at),
    last_contacted_at: unixSecondsOrNull(row.last_contacted_at),
    language_override: row.language,
    custom_attributes: row.custom_attributes as Contact['custom_attributes'],
    tags: emptyList(`/contacts/${id}/tags`),
    notes: emptyList(`/contacts/${id}/notes`),
    companies: emptyList(`/contacts/${id}/companies`),
    location: { type: 'location', country: null, region: null, city: null },
    social_profiles: { type: 'list', data: [] },
  };
}

export function presentContactList(rows: ContactRow[], totalCount: number, pages: CursorPages): ContactList {
  return { type: 'list', data: rows.map(presentContact), total_count: totalCount, pages };
}

export function presentContactDeleted(row: ContactRow): ContactDeleted {
  return { type: 'contact', id: String(row.id), external_id: row.external_id, deleted: true };
}

export function presentContactBlocked(row: ContactRow): ContactBlocked {
  return { type: 'contact', id: String(row.id), external_id: row.external_id, blocked: true };
}
