import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../../protocol/conversations.ts';
import { useFormatTime } from '../../lib/useFormatTime.ts';
import { useSignedIn } from '../../session/context.ts';
import { AssignmentWhy } from './AssignmentWhy.tsx';
import { assignmentDecisionOf, currentAssignmentPart } from './decision.ts';
import { WhyDisclosure } from './WhyDisclosure.tsx';

/**
 * Under the assignee: why the conversation is where it is. An automatic assignment opens its reasons ("Why
 * me?", "Why Sofía Romero?", "Why in the queue?"); a teammate's says who did it and when.
 */
export function AssignmentReason({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  const formatTime = useFormatTime();
  const part = currentAssignmentPart(conversation);
  if (!part) return null;
  const decision = assignmentDecisionOf(part);
  if (!decision) {
    if (part.author.type !== 'admin') return null;
    const time = formatTime(part.created_at);
    return (
      <p className="assignment-reason">
        {part.author.id === me.id
          ? t('assignmentWhy.assignedByYou', { time })
          : t('assignmentWhy.assignedBy', { name: part.author.name ?? t('thread.someone'), time })}
      </p>
    );
  }
  const assigneeId = conversation.admin_assignee_id === null ? null : String(conversation.admin_assignee_id);
  const assignee = decision.candidates.find((candidate) => String(candidate.teammate_id) === assigneeId);
  const label =
    assigneeId === null
      ? t('assignmentWhy.whyQueued')
      : assigneeId === me.id
        ? t('assignmentWhy.whyMe')
        : t('assignmentWhy.whyName', { name: assignee?.name ?? t('thread.someone') });
  return (
    <WhyDisclosure label={label} className="is-details">
      <AssignmentWhy decision={decision} />
    </WhyDisclosure>
  );
}
