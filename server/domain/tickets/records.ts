import type { Selectable } from 'kysely';
import type {
  JiraLinksTable,
  TicketStatesTable,
  TicketsTable,
  TicketTypeAttributesTable,
  TicketTypesTable,
} from '../../db/schema-tickets.ts';

export type TicketRow = Selectable<TicketsTable>;
export type TicketTypeRow = Selectable<TicketTypesTable>;
export type TicketAttributeRow = Selectable<TicketTypeAttributesTable>;
export type TicketStateRow = Selectable<TicketStatesTable>;
export type JiraLinkRow = Selectable<JiraLinksTable>;

/** A ticket type with its attributes (in order). */
export interface TicketTypeRecord {
  type: TicketTypeRow;
  attributes: TicketAttributeRow[];
}

/** What presenting tickets needs beside their rows: the workspace's types and states, loaded once. */
export interface TicketCatalog {
  workspaceId: string;
  types: Map<number, TicketTypeRecord>;
  states: Map<number, TicketStateRow>;
  /** Jira's site, to build issue links; null when Jira is not set up. */
  jiraSiteUrl: string | null;
}

/** A ticket row with its links (conversations, Jira issues). */
export interface TicketRecord {
  ticket: TicketRow;
  linkedConversationIds: number[];
  jira: JiraLinkRow[];
}
