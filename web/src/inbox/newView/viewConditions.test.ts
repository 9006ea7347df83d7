import { describe, expect, it } from 'vitest';
import { conditionProblems, EMPTY_CONDITIONS, fromViewFilters, toViewFilters } from './viewConditions.ts';

describe('toViewFilters', () => {
  it('sends only the open state for an untouched form', () => {
    expect(toViewFilters(EMPTY_CONDITIONS)).toEqual({ states: ['open'] });
  });

  it('leaves out the state when all are ticked, and never reads none ticked as any state', () => {
    expect(toViewFilters({ ...EMPTY_CONDITIONS, states: ['open', 'snoozed', 'closed'] })).toEqual({});
    expect(toViewFilters({ ...EMPTY_CONDITIONS, states: [] })).toEqual({ states: [] });
    expect(conditionProblems({ ...EMPTY_CONDITIONS, states: [] })).toEqual(['noState']);
    expect(conditionProblems(EMPTY_CONDITIONS)).toEqual([]);
  });

  it('filters on named teammates, and asks for one when none is picked', () => {
    const named = { ...EMPTY_CONDITIONS, assignee: 'teammates' as const, adminIds: ['4', '9'] };
    expect(toViewFilters(named)).toEqual({ states: ['open'], assignee: { admin_ids: ['4', '9'] } });
    expect(conditionProblems({ ...named, adminIds: [] })).toEqual(['noTeammate']);
  });

  it('reads a saved view back into the form as it was sent', () => {
    const filters = { states: ['open' as const, 'closed' as const], assignee: { admin_ids: ['4'] }, tag_ids: ['3'] };
    expect(toViewFilters(fromViewFilters(filters))).toEqual(filters);
    expect(fromViewFilters({}).states).toEqual(['open', 'snoozed', 'closed']);
  });

  it('maps every chosen condition to its filter key', () => {
    const filters = toViewFilters({
      states: ['open', 'snoozed'],
      assignee: 'nobody',
      adminIds: [],
      teamId: '7',
      tagIds: ['3', '4'],
      priority: 'priority',
      botPhase: 'handed_off',
      ticketStates: ['submitted', 'in_progress'],
      ticketTypeId: '5',
    });
    expect(filters).toEqual({
      states: ['open', 'snoozed'],
      assignee: 'nobody',
      team_ids: ['7'],
      tag_ids: ['3', '4'],
      priority: 'priority',
      bot_phase: 'handed_off',
      ticket_states: ['submitted', 'in_progress'],
      ticket_type_ids: ['5'],
    });
  });

  it('filters on "not a ticket" alone, and leaves out the ticket state when every choice is ticked', () => {
    expect(toViewFilters({ ...EMPTY_CONDITIONS, ticketStates: ['none'] })).toEqual({
      states: ['open'],
      ticket_states: ['none'],
    });
    const all = ['submitted', 'in_progress', 'waiting_on_customer', 'resolved', 'none'] as const;
    expect(toViewFilters({ ...EMPTY_CONDITIONS, ticketStates: [...all] })).toEqual({ states: ['open'] });
  });
});
