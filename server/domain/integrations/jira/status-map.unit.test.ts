import { describe, expect, it } from 'vitest';
import { mapJiraStatus } from './status-map.ts';

const rules = [
  { kind: 'status' as const, value: 'Waiting for customer', ticket_state_id: '3' },
  { kind: 'category' as const, value: 'new', ticket_state_id: '1' },
  { kind: 'category' as const, value: 'indeterminate', ticket_state_id: '2' },
  { kind: 'status' as const, value: 'In Review', ticket_state_id: '4' },
  { kind: 'category' as const, value: 'done', ticket_state_id: '5' },
];

describe('the Jira status map', () => {
  it('takes the first rule in order that names the status or its category', () => {
    expect(mapJiraStatus(rules, { name: 'waiting FOR customer', category: 'indeterminate' })).toBe(3);
    expect(mapJiraStatus(rules, { name: 'In Progress', category: 'indeterminate' })).toBe(2);
    // The category rule comes first, so it wins over the later status rule.
    expect(mapJiraStatus(rules, { name: 'In Review', category: 'indeterminate' })).toBe(2);
    expect(mapJiraStatus(rules, { name: 'Done', category: 'done' })).toBe(5);
  });

  it('maps nothing when no rule applies', () => {
    expect(mapJiraStatus(rules, { name: 'Blocked', category: 'unknown' })).toBeUndefined();
    expect(mapJiraStatus([], { name: 'Done', category: 'done' })).toBeUndefined();
  });
});
