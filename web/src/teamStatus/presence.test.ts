import { describe, expect, it } from 'vitest';
import type { AssignmentStatus, TeammateStatus } from '../../../protocol/assignment.ts';
import { presenceOf, secondsSince, summarize } from './presence.ts';

const teammate = (status: TeammateStatus['status'], online: boolean): TeammateStatus => ({
  id: '1',
  name: 'Ana',
  status,
  online,
  last_seen_at: null,
  open_count: 0,
  team_ids: [],
  languages: ['en'],
});

describe('team status presence', () => {
  it('tells available from active-but-offline, and away whether online or not', () => {
    expect(presenceOf(teammate('active', true))).toBe('available');
    expect(presenceOf(teammate('active', false))).toBe('offline');
    expect(presenceOf(teammate('away', true))).toBe('away');
    expect(presenceOf(teammate('away', false))).toBe('away');
  });

  it('counts each presence and keeps the unassigned count', () => {
    const status: AssignmentStatus = {
      type: 'assignment_status',
      teammates: [
        teammate('active', true),
        teammate('active', false),
        teammate('away', true),
        teammate('active', true),
      ],
      teams: [],
      unassigned: 4,
    };
    expect(summarize(status)).toEqual({ available: 2, offline: 1, away: 1, unassigned: 4 });
  });

  it('never shows a negative wait when the server clock runs ahead', () => {
    expect(secondsSince(1_000, 1_600)).toBe(600);
    expect(secondsSince(1_010, 1_000)).toBe(0);
  });
});
