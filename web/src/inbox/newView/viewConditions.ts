import type { ViewFilters } from '../../../../protocol/views.ts';

type State = 'open' | 'snoozed' | 'closed';
/** A ticket state category, or 'none' for conversations that are not tickets. */
export type TicketStateChoice = NonNullable<ViewFilters['ticket_states']>[number];
export const TICKET_STATE_CHOICES: readonly TicketStateChoice[] = [
  'submitted',
  'in_progress',
  'waiting_on_customer',
  'resolved',
  'none',
];

/** The "New view" form as the teammate fills it in; '' means "any" (the condition is left out). */
export interface ViewConditions {
  states: State[];
  /** 'teammates': assigned to one of `adminIds`. */
  assignee: '' | 'me' | 'nobody' | 'any' | 'teammates';
  adminIds: string[];
  teamId: string;
  tagIds: string[];
  priority: '' | 'priority' | 'not_priority';
  botPhase: '' | 'bot' | 'handed_off' | 'none';
  ticketStates: TicketStateChoice[];
  ticketTypeId: string;
}

export const EMPTY_CONDITIONS: ViewConditions = {
  states: ['open'],
  assignee: '',
  adminIds: [],
  teamId: '',
  tagIds: [],
  priority: '',
  botPhase: '',
  ticketStates: [],
  ticketTypeId: '',
};

/** Why the form cannot be sent as it stands (keys of `viewEditor.errors`). */
export type ConditionProblem = 'noState' | 'noTeammate';

/** What the form cannot send as it stands: nothing ticked means nothing, never "any". */
export function conditionProblems(conditions: ViewConditions): ConditionProblem[] {
  const problems: ConditionProblem[] = [];
  if (conditions.states.length === 0) problems.push('noState');
  if (conditions.assignee === 'teammates' && conditions.adminIds.length === 0) problems.push('noTeammate');
  return problems;
}

function assigneeFilter({ assignee, adminIds }: ViewConditions): Pick<ViewFilters, 'assignee'> {
  if (assignee === 'teammates') return { assignee: { admin_ids: adminIds } };
  return assignee ? { assignee } : {};
}

/**
 * The API's `filters` for these conditions: only the ones that narrow the view are sent. All three states are
 * "any state" (left out); none ticked is sent as it is, for the API to refuse (check conditionProblems first).
 */
export function toViewFilters(conditions: ViewConditions): ViewFilters {
  const { states, teamId, tagIds, priority, botPhase, ticketStates, ticketTypeId } = conditions;
  const narrowsTickets = ticketStates.length > 0 && ticketStates.length < TICKET_STATE_CHOICES.length;
  return {
    ...(states.length < 3 ? { states } : {}),
    ...assigneeFilter(conditions),
    ...(teamId ? { team_ids: [teamId] } : {}),
    ...(tagIds.length > 0 ? { tag_ids: tagIds } : {}),
    ...(priority ? { priority } : {}),
    ...(botPhase ? { bot_phase: botPhase } : {}),
    ...(narrowsTickets ? { ticket_states: ticketStates } : {}),
    ...(ticketTypeId ? { ticket_type_ids: [ticketTypeId] } : {}),
  };
}

/** The filters the form has no field for, kept as they are when a view is edited. */
export function unformedFilters(filters: ViewFilters): ViewFilters {
  const { custom_attributes, mentioned, created_by } = filters;
  return {
    ...(custom_attributes ? { custom_attributes } : {}),
    ...(mentioned ? { mentioned } : {}),
    ...(created_by ? { created_by } : {}),
    ...(filters.team_ids && filters.team_ids.length > 1 ? { team_ids: filters.team_ids } : {}),
    ...(filters.ticket_type_ids && filters.ticket_type_ids.length > 1
      ? { ticket_type_ids: filters.ticket_type_ids }
      : {}),
  };
}

/** A saved view's filters as the form shows them (the reverse of toViewFilters). */
export function fromViewFilters(filters: ViewFilters): ViewConditions {
  const { assignee } = filters;
  return {
    states: filters.states ?? ['open', 'snoozed', 'closed'],
    assignee: typeof assignee === 'object' ? 'teammates' : (assignee ?? ''),
    adminIds: typeof assignee === 'object' ? assignee.admin_ids : [],
    teamId: filters.team_ids?.length === 1 ? (filters.team_ids[0] ?? '') : '',
    tagIds: filters.tag_ids ?? [],
    priority: filters.priority ?? '',
    botPhase: filters.bot_phase ?? '',
    ticketStates: filters.ticket_states ?? [],
    ticketTypeId: filters.ticket_type_ids?.length === 1 ? (filters.ticket_type_ids[0] ?? '') : '',
  };
}
