import { useTranslation } from 'react-i18next';
import type { ConversationPart } from '../../../protocol/conversations.ts';
import { useFormatWakeUp } from '../lib/useFormatWakeUp.ts';
import { AssignmentEventLine } from './assignment/AssignmentEventLine.tsx';
import { assignmentDecisionOf } from './assignment/decision.ts';
import { useTeamName } from './assignment/TeamNamesProvider.tsx';
import { EventTime } from './EventTime.tsx';
import { handoffReasonText } from './handoffReason.ts';
import { useTeammates } from './TeammatesProvider.tsx';

/**
 * What happened to the conversation, as a small centred line with its time: "Assigned to Soporte by Luis",
 * "Ana assigned this to themselves", "Snoozed by Luis until Mon 9:00"; an automatic assignment says by which
 * rule, with its reasons a "Why?" away.
 */
export function EventLine({ part }: { part: ConversationPart }) {
  const { t } = useTranslation();
  const { nameOf } = useTeammates();
  const teamName = useTeamName();
  const formatWakeUp = useFormatWakeUp();
  const decision = assignmentDecisionOf(part);
  if (decision) return <AssignmentEventLine part={part} decision={decision} />;
  const by = part.author.name ?? (part.author.type === 'bot' ? t('thread.bot') : t('thread.someone'));
  return (
    <li className="part-event">
      <span>{describe()}</span>
      <EventTime at={part.created_at} />
    </li>
  );

  function describeAssignment(): string {
    const to = part.assigned_to;
    if (!to || to.type === 'nobody') return t('events.unassigned', { by });
    if (to.type === 'team')
      return t('attention.events.assignedTeam', { by, team: teamName(to.id) ?? t('attention.events.aTeam') });
    if (part.author.type === 'admin' && part.author.id === to.id) {
      return part.metadata?.reason === 'replied'
        ? t('attention.events.assignedSelfByReply', { by })
        : t('attention.events.assignedSelf', { by });
    }
    return t('events.assigned', { by, assignee: nameOf(to.id) ?? t('thread.someone') });
  }

  function describe(): string {
    const tag = (part.metadata?.tag as { name?: string } | undefined)?.name ?? '';
    switch (part.part_type) {
      case 'assignment':
        return describeAssignment();
      case 'close':
        return t('events.closed', { by });
      case 'open':
        return t('events.reopened', { by });
      case 'snoozed': {
        const until = part.metadata?.snoozed_until;
        return typeof until === 'number'
          ? t('attention.events.snoozedUntil', { by, until: formatWakeUp(until) })
          : t('events.snoozed', { by });
      }
      case 'tag_added':
        return t('events.tagAdded', { by, tag });
      case 'tag_removed':
        return t('events.tagRemoved', { by, tag });
      case 'bot_handed_off':
        return t('bot.handedOff', { reason: handoffReasonText(t, part.metadata?.reason) });
      case 'priority_changed':
        return part.metadata?.priority === 'priority'
          ? t('events.prioritized', { by })
          : t('events.deprioritized', { by });
      default:
        return t('events.updated', { by });
    }
  }
}
