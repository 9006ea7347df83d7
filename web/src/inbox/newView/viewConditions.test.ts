import { describe, expect, it } from 'vitest';
import { EMPTY_CONDITIONS, toViewFilters } from './viewConditions.ts';

describe('toViewFilters', () => {
  it('sends only the open state for an untouched form', () => {
    expect(toViewFilters(EMPTY_CONDITIONS)).toEqual({ states: ['open'] });
  });

  it('leaves out the state when all or none are ticked, as neither narrows the view', () => {
    expect(toViewFilters({ ...EMPTY_CONDITIONS, states: [] })).toEqual({});
    expect(toViewFilters({ ...EMPTY_CONDITIONS, states: ['open', 'snoozed', 'closed'] })).toEqual({});
  });

  it('maps every chosen condition to its filter key', () => {
    const filters = toViewFilters({
      states: ['open', 'snoozed'],
      assignee: 'nobody',
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
