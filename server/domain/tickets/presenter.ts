import type { Language } from '../../../protocol/common.ts';
import type {
  JiraIssueLink,
  Ticket,
  TicketPart,
  TicketState,
  TicketType,
  TicketTypeAttribute,
} from '../../../protocol/tickets.ts';
import { sanitizeBody } from '../../lib/sanitize.ts';
import { unixSeconds } from '../../lib/time.ts';
import type { ConversationContext, ConversationRow, PartRow } from '../conversations/rows.ts';
import type { JiraLinkRow, TicketAttributeRow, TicketCatalog, TicketRecord, TicketStateRow } from './records.ts';

export const TITLE = '_default_title_';
export const DESCRIPTION = '_default_description_';

export function presentTicketState(state: TicketStateRow, language: Language = 'en'): TicketState {
  const labels = {
    internal: { en: state.internal_label_en, es: state.internal_label_es },
    external: { en: state.external_label_en, es: state.external_label_es },
  };
  return {
    type: 'ticket_state',
    id: String(state.id),
    category: state.category,
    internal_label: labels.internal[language],
    external_label: labels.external[language],
    labels,
  };
}

function presentAttribute(row: TicketAttributeRow): TicketTypeAttribute {
  return {
    type: 'ticket_type_attribute',
    id: String(row.id),
    workspace_id: row.workspace_id,
    name: row.name,
    description: row.description,
    data_type: row.data_type,
    input_options: (row.input_options as Record<string, unknown> | null) ?? null,
    order: row.position,
    required_to_create: row.required_to_create,
    required_to_create_for_contacts: row.required_to_create_for_contacts,
    visible_on_create: row.visible_on_create,
    visible_to_contacts: row.visible_to_contacts,
    default: false,
    ticket_type_id: row.ticket_type_id,
    archived: row.archived,
    created_at: unixSeconds(row.created_at),
    updated_at: unixSeconds(row.updated_at),
  };
}

/** The title and description every type has, as Intercom lists them among the type's attributes. */
function defaultAttributes(typeId: number, workspaceId: string, at: Date): TicketTypeAttribute[] {
  return [TITLE, DESCRIPTION].map((name, order) => ({
    type: 'ticket_type_attribute',
    id: `${typeId}${name}`,
    workspace_id: workspaceId,
    name,
    description: name === TITLE ? 'Title' : 'Description',
    data_type: 'string',
    input_options: name === DESCRIPTION ? { multiline: true } : null,
    order,
    required_to_create: name === TITLE,
    required_to_create_for_contacts: name === TITLE,
    visible_on_create: true,
    visible_to_contacts: true,
    default: true,
    ticket_type_id: typeId,
    archived: false,
    created_at: unixSeconds(at),
    updated_at: unixSeconds(at),
  }));
}

export function presentTicketType(catalog: TicketCatalog, typeId: number, language: Language = 'en'): TicketType {
  const record = catalog.types.get(typeId);
  if (!record) throw new Error(`ticket type ${typeId} missing from the catalog`);
  const { type, attributes } = record;
  return {
    type: 'ticket_type',
    id: String(type.id),
    category: type.category,
    name: type.name,
    description: type.description,
    icon: type.icon,
    workspace_id: type.workspace_id,
    is_internal: type.category !== 'Customer',
    ticket_type_attributes: {
      type: 'list',
      data: [...defaultAttributes(type.id, type.workspace_id, type.created_at), ...attributes.map(presentAttribute)],
    },
    ticket_states: {
      type: 'list',
      data: [...catalog.states.values()]
        .filter((state) => !state.archived)
        .map((state) => presentTicketState(state, language)),
    },
    archived: type.archived,
    created_at: unixSeconds(type.created_at),
    updated_at: unixSeconds(type.updated_at),
  };
}

export function jiraIssueUrl(siteUrl: string | null, key: string): string | null {
  return siteUrl ? `${siteUrl.replace(/\/$/, '')}/browse/${encodeURIComponent(key)}` : null;
}

export function presentJiraLink(link: JiraLinkRow, siteUrl: string | null): JiraIssueLink {
  return {
    type: 'jira_issue',
    key: link.issue_key,
    url: jiraIssueUrl(siteUrl, link.issue_key),
    summary: link.summary,
    status: link.status_name,
    status_category: link.status_category,
    sync_state: link.sync_state,
    error: link.last_error,
  };
}

function authorOf(part: PartRow, context: ConversationContext): TicketPart['author'] {
  const type = part.author_type === 'lead' ? 'user' : part.author_type;
  let person: { name: string | null; email: string | null } = { name: null, email: null };
  if (type === 'admin' && part.author_id) person = context.teammates.get(Number(part.author_id)) ?? person;
  if (type === 'user' && context.contact) person = { name: context.contact.name, email: context.contact.email };
  if (type === 'bot') person = { name: 'Charla Bot', email: null };
  return {
    type,
    id: part.author_id ?? '0',
    name: person.name,
    ...(person.email ? { email: person.email } : {}),
  };
}

export function presentTicketPart(
  part: PartRow,
  context: ConversationContext,
  ticketState: TicketPart['ticket_state'],
): TicketPart {
  const at = unixSeconds(part.created_at);
  const metadata = part.metadata as Record<string, unknown> | null;
  const previous = metadata?.previous_ticket_state as TicketPart['ticket_state'] | undefined;
  const stateAfter = (metadata?.ticket_state as TicketPart['ticket_state'] | undefined) ?? ticketState;
  return {
    type: 'ticket_part',
    id: String(part.id),
    part_type: part.part_type,
    body: sanitizeBody(part.body),
    ...(previous ? { previous_ticket_state: previous } : {}),
    ticket_state: stateAfter,
    created_at: at,
    updated_at: at,
    // Absent rather than null: the 2.14 description types it as a reference.
    ...(part.assigned_to_type
      ? {
          assigned_to: {
            type: part.assigned_to_type,
            id: part.assigned_to_id === null ? null : String(part.assigned_to_id),
          },
        }
      : {}),
    author: authorOf(part, context),
    attachments: [],
    external_id: null,
    redacted: false,
    public: part.is_public,
    metadata,
  };
}

/** A ticket as Intercom's 2.14 `Ticket`; parts are included when the context carries them. */
export function presentTicket(
  row: ConversationRow,
  context: ConversationContext,
  record: TicketRecord,
  catalog: TicketCatalog,
  language: Language = 'en',
): Ticket {
  const { ticket } = record;
  const state = catalog.states.get(ticket.ticket_state_id);
  if (!state) throw new Error(`ticket state ${ticket.ticket_state_id} missing from the catalog`);
  const contact = context.contact;
  const presented: Ticket = {
    type: 'ticket',
    id: String(ticket.conversation_id),
    ticket_id: String(ticket.ticket_number),
    category: ticket.category,
    ticket_attributes: {
      ...(ticket.attributes as Record<string, unknown>),
      [TITLE]: ticket.title,
      [DESCRIPTION]: ticket.description,
    },
    ticket_state: presentTicketState(state, language),
    ticket_type: presentTicketType(catalog, ticket.ticket_type_id, language),
    contacts: {
      type: 'contact.list',
      contacts: [
        {
          type: 'contact',
          id: String(row.contact_id),
          external_id: contact?.external_id ?? null,
          name: contact?.name ?? null,
          email: contact?.email ?? null,
        },
      ],
    },
    admin_assignee_id: String(row.admin_assignee_id ?? 0),
    team_assignee_id: String(row.team_assignee_id ?? 0),
    created_at: unixSeconds(ticket.created_at),
    updated_at: unixSeconds(new Date(Math.max(row.updated_at.getTime(), ticket.updated_at.getTime()))),
    open: row.state !== 'closed',
    ...(row.snoozed_until ? { snoozed_until: unixSeconds(row.snoozed_until) } : {}),
    linked_objects: {
      type: 'list',
      total_count: record.linkedConversationIds.length,
      has_more: false,
      data: record.linkedConversationIds.map((id) => ({ type: 'conversation', id: String(id), category: null })),
    },
    is_shared: ticket.is_shared,
    title: ticket.title,
    description: ticket.description,
    ticket_number: ticket.ticket_number,
    jira_issues: record.jira.map((link) => presentJiraLink(link, catalog.jiraSiteUrl)),
  };
  if (!context.parts) return presented;
  return {
    ...presented,
    ticket_parts: {
      type: 'ticket_part.list',
      ticket_parts: context.parts.map((part) => presentTicketPart(part, context, state.category)),
      total_count: row.parts_count,
    },
  };
}
