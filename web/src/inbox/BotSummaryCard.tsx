import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../protocol/conversations.ts';
import { AttributeList } from './AttributeList.tsx';
import { readableAttributeName } from './readableAttributeName.ts';

/** The customer's answers to the bot (the conversation's attributes), to review before replying. */
export function BotSummaryCard({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation();
  const answers = Object.entries(conversation.custom_attributes)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([key, value]): [string, unknown] => [readableAttributeName(key), value]);
  if (answers.length === 0) return null;
  return (
    <section className="bot-summary" aria-labelledby="bot-summary-title">
      <h3 id="bot-summary-title">{t('thread.botAnswers')}</h3>
      <AttributeList entries={answers} />
    </section>
  );
}
