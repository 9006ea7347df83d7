import type { Selectable } from 'kysely';
import type { ContactsTable, ConversationPartsTable, ConversationsTable, TagsTable } from '../../db/schema.ts';

export type ConversationRow = Selectable<ConversationsTable>;
export type PartRow = Selectable<ConversationPartsTable>;
export type ContactRow = Selectable<ContactsTable>;
export type TagRow = Selectable<TagsTable>;

export interface AppliedTag {
  tag: TagRow;
  appliedAt: Date;
  appliedBy: number | null;
}

export interface Person {
  name: string | null;
  email: string | null;
}

/** The contact fields a conversation shows. */
export type ContactSummary = Pick<ContactRow, 'id' | 'role' | 'name' | 'email' | 'external_id'>;

/** Everything the presenter needs beside the conversation row, loaded in batches for lists. */
export interface ConversationContext {
  contact: ContactSummary | undefined;
  tags: AppliedTag[];
  read: boolean;
  teammates: Map<number, Person>;
  parts?: PartRow[];
  /** Tickets linked to the conversation (created from it, or tracking it). */
  linkedTickets?: { id: number; category: 'Customer' | 'Back-office' | 'Tracker' }[];
}
