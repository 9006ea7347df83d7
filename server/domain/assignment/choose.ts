import type { AssignmentBecause, AssignmentDecision } from './decision.ts';
import {
  type AssignmentCandidate,
  type AssignmentRule,
  type ConversationToAssign,
  screenCandidates,
} from './eligibility.ts';

export type { AssignmentCandidate, AssignmentRule, ConversationToAssign, OnlineWindow } from './eligibility.ts';

/** The team's round-robin position, kept in the database: who was assigned last. */
export interface RotationCursor {
  lastTeammateId: number | null;
}

export interface AssignmentChoice {
  /** Null: the conversation stays in the team's queue. */
  assignee: number | null;
  decision: AssignmentDecision;
  cursor: RotationCursor;
}

/** The eligible (ordered by id) from the first after the cursor, wrapping around. */
export function inRotationOrder<T extends { teammateId: number }>(eligible: readonly T[], cursor: RotationCursor): T[] {
  const last = cursor.lastTeammateId;
  if (last === null) return [...eligible];
  const start = eligible.findIndex((candidate) => candidate.teammateId > last);
  if (start <= 0) return [...eligible];
  return [...eligible.slice(start), ...eligible.slice(0, start)];
}

/** Fewest open conversations; a tie goes to whoever comes first in the rotation. */
function fewestOpen(rotation: readonly AssignmentCandidate[]): AssignmentCandidate | undefined {
  return rotation.reduce<AssignmentCandidate | undefined>(
    (best, candidate) => (best === undefined || candidate.openCount < best.openCount ? candidate : best),
    undefined,
  );
}

function pickFrom(rule: AssignmentRule, rotation: readonly AssignmentCandidate[]): AssignmentCandidate | undefined {
  switch (rule.method) {
    case 'round_robin':
      return rotation[0];
    case 'balanced':
      return fewestOpen(rotation);
    case 'manual':
      return undefined;
  }
}

function explain(rule: AssignmentRule, chosen: AssignmentCandidate | undefined): AssignmentBecause {
  if (rule.method === 'manual') return 'manual_method';
  if (chosen === undefined) return 'nobody_available';
  return rule.method === 'balanced' ? 'fewest_open' : 'next_in_rotation';
}

/**
 * Who takes a handed-off conversation, and why. Pure: the caller loads the candidates and the cursor in the
 * hand-off transaction and stores the returned cursor and decision in the same one.
 */
export function chooseAssignee(
  candidates: readonly AssignmentCandidate[],
  rule: AssignmentRule,
  cursor: RotationCursor,
  conversation: ConversationToAssign,
): AssignmentChoice {
  const ordered = [...candidates].sort((a, b) => a.teammateId - b.teammateId);
  const { reasons, language } = screenCandidates(ordered, rule, conversation);
  const eligible = ordered.filter((_, index) => reasons[index] === null);
  const chosen = pickFrom(rule, inRotationOrder(eligible, cursor));
  const assignee = chosen?.teammateId ?? null;
  return {
    assignee,
    decision: {
      rule: rule.method,
      candidates: ordered.map((candidate, index) => ({
        teammate_id: candidate.teammateId,
        name: candidate.name,
        eligible: reasons[index] === null,
        reason: reasons[index] ?? null,
        // Balanced teams count open conversations; the other methods do not look at them.
        ...(rule.method === 'balanced' ? { open_count: candidate.openCount } : {}),
      })),
      chosen: assignee,
      because: explain(rule, chosen),
      language,
    },
    cursor: { lastTeammateId: assignee ?? cursor.lastTeammateId },
  };
}
