import { useTranslation } from 'react-i18next';
import type { AssignmentDecision } from '../../../../protocol/assignment.ts';
import type { ConversationPart } from '../../../../protocol/conversations.ts';
import { EventTime } from '../EventTime.tsx';
import { AssignmentWhy } from './AssignmentWhy.tsx';
import { assignmentHeadline } from './explain.ts';
import { WhyDisclosure } from './WhyDisclosure.tsx';

interface AssignmentEventLineProps {
  part: ConversationPart;
  decision: AssignmentDecision;
}

/** An automatic assignment in the thread: where it went and by which rule, with "Why?" opening the reasons. */
export function AssignmentEventLine({ part, decision }: AssignmentEventLineProps) {
  const { t } = useTranslation();
  return (
    <li className="part-event is-assignment">
      <WhyDisclosure
        label={t('assignmentWhy.why')}
        lead={<span className="assignment-headline">{assignmentHeadline(t, part, decision)}</span>}
        trail={<EventTime at={part.created_at} />}
      >
        <AssignmentWhy decision={decision} />
      </WhyDisclosure>
    </li>
  );
}
