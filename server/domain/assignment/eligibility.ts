import type { Language } from '../../../protocol/common.ts';
import type { AssignmentMethod, DecisionLanguage, SkipReason } from './decision.ts';

/** A member of the team as seen at hand-off. */
export interface AssignmentCandidate {
  teammateId: number;
  name: string;
  status: 'active' | 'away';
  lastSeenAt: Date | null;
  openCount: number;
  capacity: number | null;
  languages: readonly Language[];
  isMember: boolean;
}

export interface OnlineWindow {
  minutes: number;
  graceMinutes: number;
}

export interface AssignmentRule {
  method: AssignmentMethod;
  /** Null: the Active switch alone decides. */
  requireOnline: OnlineWindow | null;
  languageRouting: boolean;
  languageFallback: 'everyone' | 'queue';
  now: Date;
}

export interface ConversationToAssign {
  language: Language | null;
}

export interface Screening {
  /** One per candidate, in the candidates' order; null when eligible. */
  reasons: (SkipReason | null)[];
  language: DecisionLanguage;
}

/** Seen within the window plus its grace; a missing heartbeat is offline. */
export function isSeenOnline(lastSeenAt: Date | null, window: OnlineWindow, now: Date): boolean {
  if (lastSeenAt === null) return false;
  return now.getTime() - lastSeenAt.getTime() <= (window.minutes + window.graceMinutes) * 60_000;
}

export function hasCapacity(candidate: AssignmentCandidate): boolean {
  return candidate.capacity === null || candidate.openCount < candidate.capacity;
}

/** Why a candidate can take no conversation at all right now, checked in this order; null when they can. */
export function availabilityReason(candidate: AssignmentCandidate, rule: AssignmentRule): SkipReason | null {
  if (!candidate.isMember) return 'not_in_team';
  if (candidate.status === 'away') return 'away';
  if (rule.requireOnline && !isSeenOnline(candidate.lastSeenAt, rule.requireOnline, rule.now)) return 'offline';
  if (rule.method === 'balanced' && !hasCapacity(candidate)) return 'at_capacity';
  return null;
}

/**
 * Who may take this conversation. Language narrows the available ones to those who take the conversation's
 * language; when none of them does, the rule's fallback offers it to everyone available or to nobody (queue).
 */
export function screenCandidates(
  candidates: readonly AssignmentCandidate[],
  rule: AssignmentRule,
  conversation: ConversationToAssign,
): Screening {
  const reasons = candidates.map((candidate) => availabilityReason(candidate, rule));
  const wanted = conversation.language;
  if (!rule.languageRouting || wanted === null) {
    return { reasons, language: { conversation: wanted, routed: false, fell_back: false } };
  }
  const available = candidates.filter((_, index) => reasons[index] === null);
  const hasSpeaker = available.some((candidate) => candidate.languages.includes(wanted));
  const fellBack = available.length > 0 && !hasSpeaker;
  const language = { conversation: wanted, routed: true, fell_back: fellBack };
  if (fellBack && rule.languageFallback === 'everyone') return { reasons, language };
  return {
    reasons: reasons.map((reason, index) =>
      reason === null && !candidates[index]?.languages.includes(wanted) ? 'language' : reason,
    ),
    language,
  };
}
