import type { TFunction } from 'i18next';
import type { AssignmentDecision, DecisionCandidate } from '../../../../protocol/assignment.ts';
import type { ConversationPart } from '../../../../protocol/conversations.ts';

type Previous = NonNullable<AssignmentDecision['previous']>;

/** "Spanish", in the teammate's language; the conversation's language when a candidate was skipped for it. */
function languageName(t: TFunction, decision: AssignmentDecision): string {
  const language = decision.language.conversation;
  return language ? t(`assignmentWhy.languages.${language}`) : '';
}

/** Why the teammate who had it did not keep it: "Luis Pérez is away". */
export function previousText(t: TFunction, decision: AssignmentDecision, previous: Previous): string {
  return t(`assignmentWhy.previous.${previous.reason}`, {
    name: previous.name,
    language: languageName(t, decision),
  });
}

/**
 * The thread's line for an automatic assignment: "Assigned to Sofía Romero · round robin (Soporte / Support)",
 * "Waiting in Soporte / Support’s queue — nobody available", "Returned to Soporte / Support’s queue: Luis is away".
 */
export function assignmentHeadline(t: TFunction, part: ConversationPart, decision: AssignmentDecision): string {
  const to = part.assigned_to;
  const team = decision.team?.name ?? '';
  const previous = decision.previous && previousText(t, decision, decision.previous);
  if (to?.type === 'admin') {
    const chosen = decision.candidates.find((candidate) => String(candidate.teammate_id) === to.id);
    const assignee = chosen?.name ?? t('thread.someone');
    const rule = t(`assignmentWhy.ruleNames.${decision.rule}`);
    if (!decision.team) return t('assignmentWhy.headline.assignedNoTeam', { assignee, rule });
    if (previous) return t('assignmentWhy.headline.reassigned', { assignee, previous, rule, team });
    return t('assignmentWhy.headline.assigned', { assignee, rule, team });
  }
  if (to?.type === 'team') {
    if (previous) return t('assignmentWhy.headline.returned', { team, previous });
    if (decision.because === 'manual_method') return t('assignmentWhy.headline.queuedManual', { team });
    return t('assignmentWhy.headline.queued', { team });
  }
  return previous
    ? t('assignmentWhy.headline.unassigned', { previous })
    : t('assignmentWhy.headline.unassignedNoReason');
}

/** One candidate's outcome in words: "Chosen", "Skipped: at capacity (3 open)", "Skipped: doesn’t take Spanish". */
export function candidateStatus(t: TFunction, decision: AssignmentDecision, candidate: DecisionCandidate): string {
  if (candidate.teammate_id === decision.chosen) return t('assignmentWhy.chosen');
  if (candidate.reason === null) {
    if (decision.rule === 'balanced' && candidate.open_count !== undefined) {
      return t('assignmentWhy.availableOpen', { count: candidate.open_count });
    }
    return decision.rule === 'round_robin' && decision.chosen !== null
      ? t('assignmentWhy.availableNotNext')
      : t('assignmentWhy.available');
  }
  const reason = t(`assignmentWhy.skipped.${candidate.reason}`, {
    count: candidate.open_count ?? 0,
    language: languageName(t, decision),
  });
  return t('assignmentWhy.skippedAs', { reason });
}

/** What set the assignment off: "When the bot handed off", "When Luis Pérez went away". */
export function triggerText(t: TFunction, decision: AssignmentDecision): string | undefined {
  if (!decision.trigger) return undefined;
  if (decision.trigger === 'away') {
    return t('assignmentWhy.triggers.away', { name: decision.previous?.name ?? t('thread.someone') });
  }
  return t(`assignmentWhy.triggers.${decision.trigger}`);
}

/** How the conversation's language narrowed the candidates, when it did. */
export function languageNote(t: TFunction, decision: AssignmentDecision): string | undefined {
  if (!decision.language.routed) return undefined;
  const language = languageName(t, decision);
  if (!decision.language.fell_back) return t('assignmentWhy.languageRouted', { language });
  return decision.chosen === null
    ? t('assignmentWhy.languageFellBackQueue', { language })
    : t('assignmentWhy.languageFellBack', { language });
}
