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
    });
    expect(filters).toEqual({
      states: ['open', 'snoozed'],
      assignee: 'nobody',
      team_ids: ['7'],
      tag_ids: ['3', '4'],
      priority: 'priority',
      bot_phase: 'handed_off',
    });
  });
});
