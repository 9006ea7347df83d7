import type { ViewFilters } from '../../../../protocol/views.ts';

type State = 'open' | 'snoozed' | 'closed';

/** The "New view" form as the teammate fills it in; '' means "any" (the condition is left out). */
export interface ViewConditions {
  states: State[];
  assignee: '' | 'me' | 'nobody' | 'any';
  teamId: string;
  tagIds: string[];
  priority: '' | 'priority' | 'not_priority';
  botPhase: '' | 'bot' | 'handed_off' | 'none';
}

export const EMPTY_CONDITIONS: ViewConditions = {
  states: ['open'],
  assignee: '',
  teamId: '',
  tagIds: [],
  priority: '',
  botPhase: '',
};

/** The API's `filters` for these conditions: only the ones that narrow the view are sent. */
export function toViewFilters(conditions: ViewConditions): ViewFilters {
  const { states, assignee, teamId, tagIds, priority, botPhase } = conditions;
  return {
    ...(states.length > 0 && states.length < 3 ? { states } : {}),
    ...(assignee ? { assignee } : {}),
    ...(teamId ? { team_ids: [teamId] } : {}),
    ...(tagIds.length > 0 ? { tag_ids: tagIds } : {}),
    ...(priority ? { priority } : {}),
    ...(botPhase ? { bot_phase: botPhase } : {}),
  };
}
