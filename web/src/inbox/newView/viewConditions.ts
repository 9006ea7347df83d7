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
  assignee: '' | 'me' | 'nobody' | 'any';
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
  teamId: '',
  tagIds: [],
  priority: '',
  botPhase: '',
  ticketStates: [],
  ticketTypeId: '',
};

/** The API's `filters` for these conditions: only the ones that narrow the view are sent. */
export function toViewFilters(conditions: ViewConditions): ViewFilters {
  const { states, assignee, teamId, tagIds, priority, botPhase, ticketStates, ticketTypeId } = conditions;
  const narrowsTickets = ticketStates.length > 0 && ticketStates.length < TICKET_STATE_CHOICES.length;
  return {
    ...(states.length > 0 && states.length < 3 ? { states } : {}),
    ...(assignee ? { assignee } : {}),
    ...(teamId ? { team_ids: [teamId] } : {}),
    ...(tagIds.length > 0 ? { tag_ids: tagIds } : {}),
    ...(priority ? { priority } : {}),
    ...(botPhase ? { bot_phase: botPhase } : {}),
    ...(narrowsTickets ? { ticket_states: ticketStates } : {}),
    ...(ticketTypeId ? { ticket_type_ids: [ticketTypeId] } : {}),
  };
}
