import { describe, expect, it } from 'vitest';
import { buildCandidate, choose, cursorAt, minutesAgo, reasonsOf, START } from './assignment-fixtures.ts';
import { ZAssignmentDecisionSchema } from './decision.ts';

const spanish = { language: 'es' } as const;
/** Ids 3, 8, 11, handed over out of order: the rotation follows ids, not the input. */
const team = () => [buildCandidate(11), buildCandidate(3), buildCandidate(8)];

describe('round robin', () => {
  it('starts at the lowest teammate id when the team has no cursor', () => {
    expect(choose(team()).assignee).toBe(3);
  });

  it('goes to the first eligible member with a higher id than the cursor', () => {
    expect(choose(team(), {}, cursorAt(3)).assignee).toBe(8);
    expect(choose(team(), {}, cursorAt(8)).assignee).toBe(11);
  });

  it('wraps around to the lowest id after the highest', () => {
    expect(choose(team(), {}, cursorAt(11)).assignee).toBe(3);
  });

  it('continues from a cursor whose teammate is no longer a candidate', () => {
    expect(choose(team(), {}, cursorAt(5)).assignee).toBe(8);
    expect(choose(team(), {}, cursorAt(40)).assignee).toBe(3);
  });

  it('returns the chosen teammate as the new cursor and says next_in_rotation', () => {
    const choice = choose(team(), {}, cursorAt(3));
    expect(choice.cursor).toEqual({ lastTeammateId: 8 });
    expect(choice.decision).toMatchObject({ rule: 'round_robin', chosen: 8, because: 'next_in_rotation' });
  });

  it('skips an away member', () => {
    const choice = choose(
      [buildCandidate(3), buildCandidate(8, { status: 'away' }), buildCandidate(11)],
      {},
      cursorAt(3),
    );
    expect(choice.assignee).toBe(11);
    expect(reasonsOf(choice)[8]).toBe('away');
  });

  it('skips a member no longer in the team', () => {
    const choice = choose(
      [buildCandidate(3), buildCandidate(8, { isMember: false }), buildCandidate(11)],
      {},
      cursorAt(3),
    );
    expect(choice.assignee).toBe(11);
    expect(reasonsOf(choice)[8]).toBe('not_in_team');
  });

  it('gives each skipped candidate one reason: not in team, then away, offline, at capacity, language', () => {
    const full = { openCount: 2, capacity: 2 };
    const candidates = [
      buildCandidate(1, { isMember: false, status: 'away', lastSeenAt: null }),
      buildCandidate(2, { status: 'away', lastSeenAt: null, ...full }),
      buildCandidate(3, { lastSeenAt: null, ...full }),
      buildCandidate(4, { languages: ['en'], ...full }),
      buildCandidate(5, { languages: ['en'] }),
      buildCandidate(6, { languages: ['es'] }),
    ];
    const rule = { method: 'balanced', requireOnline: { minutes: 5, graceMinutes: 2 }, languageRouting: true } as const;
    const choice = choose(candidates, rule, START, spanish);
    expect(reasonsOf(choice)).toEqual({
      1: 'not_in_team',
      2: 'away',
      3: 'offline',
      4: 'at_capacity',
      5: 'language',
      6: null,
    });
  });
});

describe('balanced', () => {
  const balanced = { method: 'balanced' } as const;

  it('chooses the member with the fewest open conversations and says fewest_open', () => {
    const team = [
      buildCandidate(3, { openCount: 4 }),
      buildCandidate(8, { openCount: 1 }),
      buildCandidate(11, { openCount: 2 }),
    ];
    const choice = choose(team, balanced, cursorAt(8));
    expect(choice.assignee).toBe(8);
    expect(choice.cursor).toEqual({ lastTeammateId: 8 });
    expect(choice.decision).toMatchObject({ rule: 'balanced', chosen: 8, because: 'fewest_open' });
  });

  it('breaks a tie by the rotation order after the cursor', () => {
    const tied = [
      buildCandidate(3, { openCount: 1 }),
      buildCandidate(8, { openCount: 2 }),
      buildCandidate(11, { openCount: 1 }),
    ];
    expect(choose(tied, balanced, START).assignee).toBe(3);
    expect(choose(tied, balanced, cursorAt(3)).assignee).toBe(11);
    expect(choose(tied, balanced, cursorAt(11)).assignee).toBe(3);
  });

  it('skips a member whose open conversations reached their capacity', () => {
    const team = [buildCandidate(3, { openCount: 2, capacity: 2 }), buildCandidate(8, { openCount: 5, capacity: 6 })];
    const choice = choose(team, balanced);
    expect(choice.assignee).toBe(8);
    expect(reasonsOf(choice)).toEqual({ 3: 'at_capacity', 8: null });
  });

  it('leaves it in the queue when everyone is at capacity', () => {
    const team = [buildCandidate(3, { openCount: 3, capacity: 3 }), buildCandidate(8, { capacity: 0 })];
    const choice = choose(team, balanced, cursorAt(3));
    expect(choice.assignee).toBeNull();
    expect(choice.cursor).toEqual({ lastTeammateId: 3 });
    expect(choice.decision.because).toBe('nobody_available');
  });

  it('does not apply capacity to round robin', () => {
    expect(choose([buildCandidate(3, { openCount: 9, capacity: 2 })]).assignee).toBe(3);
  });
});

describe('manual', () => {
  it('chooses nobody, keeps the cursor and says manual_method', () => {
    const choice = choose(
      [buildCandidate(3), buildCandidate(8, { status: 'away' })],
      { method: 'manual' },
      cursorAt(3),
    );
    expect(choice.assignee).toBeNull();
    expect(choice.cursor).toEqual({ lastTeammateId: 3 });
    expect(choice.decision).toMatchObject({ rule: 'manual', chosen: null, because: 'manual_method' });
    expect(reasonsOf(choice)).toEqual({ 3: null, 8: 'away' });
  });
});

describe('nobody available', () => {
  it('keeps the cursor and says nobody_available when every member is skipped', () => {
    const choice = choose(
      [buildCandidate(3, { status: 'away' }), buildCandidate(8, { isMember: false })],
      {},
      cursorAt(8),
    );
    expect(choice).toMatchObject({ assignee: null, cursor: { lastTeammateId: 8 } });
    expect(choice.decision).toMatchObject({ chosen: null, because: 'nobody_available' });
  });

  it('says nobody_available for a team without members', () => {
    const choice = choose([], {}, START);
    expect(choice).toMatchObject({ assignee: null, cursor: { lastTeammateId: null } });
    expect(choice.decision).toMatchObject({ candidates: [], because: 'nobody_available' });
  });
});

describe('decision', () => {
  const mixed = () => [
    buildCandidate(6, { name: 'Fede', languages: ['en'] }),
    buildCandidate(2, { name: 'Bea', status: 'away' }),
    buildCandidate(4, { name: 'Dani', lastSeenAt: minutesAgo(30) }),
    buildCandidate(1, { name: 'Ana', isMember: false }),
    buildCandidate(5, { name: 'Eva', openCount: 3, capacity: 3 }),
    buildCandidate(3, { name: 'Carla', languages: ['es'] }),
    buildCandidate(7, { name: 'Gil', languages: ['es', 'en'], openCount: 1 }),
  ];
  const rule = { method: 'balanced', requireOnline: { minutes: 10, graceMinutes: 5 }, languageRouting: true } as const;

  it('lists every candidate by id with whether they were eligible and why not', () => {
    expect(choose(mixed(), rule, cursorAt(3), spanish).decision).toEqual({
      rule: 'balanced',
      candidates: [
        { teammate_id: 1, name: 'Ana', eligible: false, reason: 'not_in_team', open_count: 0 },
        { teammate_id: 2, name: 'Bea', eligible: false, reason: 'away', open_count: 0 },
        { teammate_id: 3, name: 'Carla', eligible: true, reason: null, open_count: 0 },
        { teammate_id: 4, name: 'Dani', eligible: false, reason: 'offline', open_count: 0 },
        { teammate_id: 5, name: 'Eva', eligible: false, reason: 'at_capacity', open_count: 3 },
        { teammate_id: 6, name: 'Fede', eligible: false, reason: 'language', open_count: 0 },
        { teammate_id: 7, name: 'Gil', eligible: true, reason: null, open_count: 1 },
      ],
      chosen: 3,
      because: 'fewest_open',
      language: { conversation: 'es', routed: true, fell_back: false },
    });
  });

  it('matches its schema and survives a round trip through JSON', () => {
    const { decision } = choose(mixed(), rule, cursorAt(3), spanish);
    const stored = JSON.parse(JSON.stringify(decision));
    expect(ZAssignmentDecisionSchema.parse(stored)).toEqual(decision);
  });
});
