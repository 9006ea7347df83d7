import { useTranslation } from 'react-i18next';
import type { ConversationPart } from '../../../protocol/conversations.ts';
import { AssignmentEventLine } from './assignment/AssignmentEventLine.tsx';
import { assignmentDecisionOf } from './assignment/decision.ts';
import { handoffReasonText } from './handoffReason.ts';
import { useTeammates } from './TeammatesProvider.tsx';

/**
 * What happened to the conversation, as a small centred line: "Assigned to Ana by Luis", "Closed by Luis"; an
 * automatic assignment says by which rule, with its reasons a "Why?" away.
 */
export function EventLine({ part }: { part: ConversationPart }) {
  const { t } = useTranslation();
  const { nameOf } = useTeammates();
  const decision = assignmentDecisionOf(part);
  if (decision) return <AssignmentEventLine part={part} decision={decision} />;
  const by = part.author.name ?? (part.author.type === 'bot' ? t('thread.bot') : t('thread.someone'));
  return (
    <li className="part-event">
      <span>{describe()}</span>
    </li>
  );

  function describe(): string {
    const tag = (part.metadata?.tag as { name?: string } | undefined)?.name ?? '';
    switch (part.part_type) {
      case 'assignment': {
        const to = part.assigned_to;
        if (!to || to.type === 'nobody') return t('events.unassigned', { by });
        if (to.type === 'team') return t('events.assignedTeam', { by });
        return t('events.assigned', { by, assignee: nameOf(to.id) ?? t('thread.someone') });
      }
      case 'close':
        return t('events.closed', { by });
      case 'open':
        return t('events.reopened', { by });
      case 'snoozed':
        return t('events.snoozed', { by });
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
