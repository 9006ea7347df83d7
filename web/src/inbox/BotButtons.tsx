import { useTranslation } from 'react-i18next';
import type { ConversationPart } from '../../../protocol/conversations.ts';

interface BotButton {
  id: string;
  label: string;
}

/** A bot question's buttons, from the part's metadata (`buttons: [{id, label}]`). */
export function botButtonsOf(part: ConversationPart): BotButton[] {
  const buttons = part.metadata?.buttons;
  if (!Array.isArray(buttons)) return [];
  return buttons.filter(
    (button): button is BotButton => typeof button?.id === 'string' && typeof button?.label === 'string',
  );
}

/** What the customer was offered, as chips the agent cannot click; the one the customer chose is marked. */
export function BotButtons({ buttons, chosenOptionId }: { buttons: BotButton[]; chosenOptionId?: string }) {
  const { t } = useTranslation();
  return (
    <ul className="bot-buttons" aria-label={t('thread.botOptions')}>
      {buttons.map((button) => {
        const isChosen = button.id === chosenOptionId;
        return (
          <li key={button.id} className={`bot-button${isChosen ? ' is-chosen' : ''}`}>
            {isChosen ? <span aria-hidden="true">✓ </span> : null}
            {button.label}
            {isChosen ? <span className="visually-hidden"> ({t('thread.chosen')})</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
