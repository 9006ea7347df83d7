import {
  type AssignmentCandidate,
  type AssignmentChoice,
  type AssignmentRule,
  type ConversationToAssign,
  chooseAssignee,
  type RotationCursor,
} from './choose.ts';

export const NOW = new Date('2025-03-10T12:00:00Z');

export const minutesAgo = (minutes: number): Date => new Date(NOW.getTime() - minutes * 60_000);

/** An active, online, bilingual member with no open conversations and no capacity limit. */
export function buildCandidate(teammateId: number, overrides: Partial<AssignmentCandidate> = {}): AssignmentCandidate {
  return {
    teammateId,
    name: `Agent ${teammateId}`,
    status: 'active',
    lastSeenAt: NOW,
    openCount: 0,
    capacity: null,
    languages: ['en', 'es'],
    isMember: true,
    ...overrides,
  };
}

export function buildRule(overrides: Partial<AssignmentRule> = {}): AssignmentRule {
  return {
    method: 'round_robin',
    requireOnline: null,
    languageRouting: false,
    languageFallback: 'everyone',
    now: NOW,
    ...overrides,
  };
}

export const START: RotationCursor = { lastTeammateId: null };
export const cursorAt = (lastTeammateId: number): RotationCursor => ({ lastTeammateId });

/** chooseAssignee with the default rule overridden, from the start of the rotation, for a conversation without language. */
export function choose(
  candidates: AssignmentCandidate[],
  rule: Partial<AssignmentRule> = {},
  cursor = START,
  conversation: ConversationToAssign = { language: null },
): AssignmentChoice {
  return chooseAssignee(candidates, buildRule(rule), cursor, conversation);
}

/** Each candidate's skip reason in the decision, by teammate id. */
export const reasonsOf = (choice: AssignmentChoice) =>
  Object.fromEntries(choice.decision.candidates.map((candidate) => [candidate.teammate_id, candidate.reason]));
