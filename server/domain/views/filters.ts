import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { ViewFilters } from '../../../protocol/views.ts';
import type { DB } from '../../db/schema.ts';

/** Whose eyes a view is evaluated for: 'me' in a filter is this teammate. */
export interface ViewViewer {
  workspaceId: string;
  teammateId: number;
  /** Managers and admins may open any team's inbox, not only those of their own teams. */
  seesEveryTeam?: boolean;
}

export type ConversationPredicate = (eb: ExpressionBuilder<DB, 'conversations'>) => Expression<SqlBool>;

type Eb = ExpressionBuilder<DB, 'conversations'>;

function assigneeCondition(eb: Eb, assignee: NonNullable<ViewFilters['assignee']>, me: number) {
  if (assignee === 'me') return eb('conversations.admin_assignee_id', '=', me);
  if (assignee === 'nobody') return eb('conversations.admin_assignee_id', 'is', null);
  if (assignee === 'any') return eb('conversations.admin_assignee_id', 'is not', null);
  return eb('conversations.admin_assignee_id', 'in', assignee.admin_ids.map(Number));
}

/** `IN (subquery)` rather than EXISTS: a semi-join in WHERE, and a hashed subplan inside other expressions. */
function taggedWith(eb: Eb, workspaceId: string, tagIds: string[]) {
  const tagged = eb
    .selectFrom('conversation_tags')
    .select('conversation_tags.conversation_id')
    .where('conversation_tags.workspace_id', '=', workspaceId)
    .where('conversation_tags.tag_id', 'in', tagIds.map(Number));
  return eb('conversations.id', 'in', tagged);
}

function mentioning(eb: Eb, workspaceId: string, teammateId: number) {
  const mentioned = eb
    .selectFrom('mentions')
    .select('mentions.conversation_id')
    .where('mentions.workspace_id', '=', workspaceId)
    .where('mentions.teammate_id', '=', teammateId);
  return eb('conversations.id', 'in', mentioned);
}

function ticketStateCondition(eb: Eb, states: NonNullable<ViewFilters['ticket_states']>) {
  const categories = states.filter((state) => state !== 'none');
  const either: Expression<SqlBool>[] = [];
  if (categories.length > 0) either.push(eb('conversations.ticket_state', 'in', categories));
  if (states.includes('none')) either.push(eb('conversations.ticket_state', 'is', null));
  return eb.or(either);
}

function ofTicketType(eb: Eb, workspaceId: string, typeIds: string[]) {
  const typed = eb
    .selectFrom('tickets')
    .select('tickets.conversation_id')
    .where('tickets.workspace_id', '=', workspaceId)
    .where('tickets.ticket_type_id', 'in', typeIds.map(Number));
  return eb('conversations.id', 'in', typed);
}

/** The SQL condition of a view's filters for one viewer, always scoped to the viewer's workspace. */
export function viewPredicate(filters: ViewFilters, { workspaceId, teammateId }: ViewViewer): ConversationPredicate {
  return (eb) => {
    const all: Expression<SqlBool>[] = [eb('conversations.workspace_id', '=', workspaceId)];
    if (filters.states) all.push(eb('conversations.state', 'in', filters.states));
    if (filters.assignee) all.push(assigneeCondition(eb, filters.assignee, teammateId));
    if (filters.team_ids) all.push(eb('conversations.team_assignee_id', 'in', filters.team_ids.map(Number)));
    if (filters.tag_ids) all.push(taggedWith(eb, workspaceId, filters.tag_ids));
    if (filters.priority) all.push(eb('conversations.priority', '=', filters.priority === 'priority'));
    if (filters.custom_attributes) {
      all.push(sql<SqlBool>`conversations.custom_attributes @> ${JSON.stringify(filters.custom_attributes)}::jsonb`);
    }
    if (filters.bot_phase === 'none') all.push(eb('conversations.bot_phase', 'is', null));
    else if (filters.bot_phase) all.push(eb('conversations.bot_phase', '=', filters.bot_phase));
    if (filters.mentioned) all.push(mentioning(eb, workspaceId, teammateId));
    if (filters.ticket_states) all.push(ticketStateCondition(eb, filters.ticket_states));
    if (filters.ticket_type_ids) all.push(ofTicketType(eb, workspaceId, filters.ticket_type_ids));
    if (filters.created_by) all.push(eb('conversations.created_by_teammate_id', '=', teammateId));
    return eb.and(all);
  };
}
