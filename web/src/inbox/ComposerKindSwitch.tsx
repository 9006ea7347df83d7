import { useTranslation } from 'react-i18next';
import { SegmentedControl } from '../components/SegmentedControl.tsx';
import type { ReplyKind } from './useReplySender.ts';

/** Who reads a reply: the customer of a conversation, the customer following a ticket, or only teammates. */
export type ComposerAudience = 'conversation' | 'customerTicket' | 'internalTicket';

interface ComposerKindSwitchProps {
  audience: ComposerAudience;
  kind: ReplyKind;
  onChange: (kind: ReplyKind) => void;
}

/**
 * Reply or Note. On a customer ticket the reply says it reaches the customer; a back-office or tracker
 * ticket has only notes, and says so.
 */
export function ComposerKindSwitch({ audience, kind, onChange }: ComposerKindSwitchProps) {
  const { t } = useTranslation();
  if (audience === 'internalTicket') return <p className="composer-audience">{t('tickets.composer.internalOnly')}</p>;
  return (
    <SegmentedControl
      label={t('composer.kind')}
      className="composer-kind"
      value={kind}
      segments={[
        {
          value: 'comment',
          label: audience === 'customerTicket' ? t('tickets.composer.replyToCustomer') : t('composer.reply'),
        },
        { value: 'note', label: t('composer.note') },
      ]}
      onChange={onChange}
    />
  );
}
