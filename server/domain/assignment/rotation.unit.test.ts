import { describe, expect, it } from 'vitest';
import { buildCandidate, buildRule } from './assignment-fixtures.ts';
import { type AssignmentCandidate, chooseAssignee, type RotationCursor } from './choose.ts';

const HANDOFFS = 1000;
/** Sparse ids, handed over in reverse: the rotation must follow ids, not positions. */
const agentIds = (count: number) => Array.from({ length: count }, (_, index) => 10 + index * 7).reverse();

/** Hands off `handoffs` conversations one after another, keeping the cursor and open counts as the database would. */
function handOff(
  team: AssignmentCandidate[],
  method: 'round_robin' | 'balanced',
  handoffs: number,
  cursor: RotationCursor,
) {
  const assignees: number[] = [];
  let position = cursor;
  for (let index = 0; index < handoffs; index++) {
    const choice = chooseAssignee(team, buildRule({ method }), position, { language: null });
    if (choice.assignee === null) throw new Error('nobody was available');
    assignees.push(choice.assignee);
    position = choice.cursor;
    const assignee = team.find((candidate) => candidate.teammateId === choice.assignee);
    if (assignee) assignee.openCount += 1;
  }
  return { assignees, cursor: position };
}

function countPerAgent(ids: number[], assignees: number[]): number[] {
  return ids.map((id) => assignees.filter((assignee) => assignee === id).length);
}

function expectFairAndInOrder(ids: number[], assignees: number[]) {
  const share = assignees.length / ids.length;
  for (const count of countPerAgent(ids, assignees)) {
    expect(count).toBeGreaterThanOrEqual(Math.floor(share));
    expect(count).toBeLessThanOrEqual(Math.ceil(share));
  }
  const rotation = [...ids].sort((a, b) => a - b);
  for (let index = 1; index < assignees.length; index++) {
    const previous = rotation.indexOf(assignees[index - 1] as number);
    // Nobody skipped: each hand-off goes to the next agent by id after the previous one.
    expect(assignees[index]).toBe(rotation[(previous + 1) % rotation.length]);
    if (rotation.length > 1) expect(assignees[index]).not.toBe(assignees[index - 1]);
  }
}

describe.each(['round_robin', 'balanced'] as const)('%s over 1,000 sequential hand-offs', (method) => {
  it.each([1, 2, 3, 4, 5, 6, 7])(
    'gives each of %i available agents 1000/N ± 1, in order, nobody twice in a row',
    (n) => {
      const ids = agentIds(n);
      const { assignees } = handOff(
        ids.map((id) => buildCandidate(id)),
        method,
        HANDOFFS,
        { lastTeammateId: null },
      );
      expect(assignees).toHaveLength(HANDOFFS);
      expectFairAndInOrder(ids, assignees);
    },
  );

  it.each([2, 3, 5, 7])('gives nothing to an agent who goes away mid-way among %i agents', (n) => {
    const ids = agentIds(n);
    const team = ids.map((id) => buildCandidate(id));
    const first = handOff(team, method, HANDOFFS / 2, { lastTeammateId: null });
    const leaving = team[1] as AssignmentCandidate;
    leaving.status = 'away';
    const second = handOff(team, method, HANDOFFS / 2, first.cursor);
    expect(second.assignees).not.toContain(leaving.teammateId);
    expectFairAndInOrder(
      ids.filter((id) => id !== leaving.teammateId),
      second.assignees,
    );
  });
});
