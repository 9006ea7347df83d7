import { useTranslation } from 'react-i18next';
import type { ConversationPart } from '../../../protocol/conversations.ts';
import { useFormatTime } from '../lib/useFormatTime.ts';
import { EventLine } from './EventLine.tsx';

const MESSAGE_TYPES = new Set(['comment', 'note', 'quick_reply']);

/** Customers and the bot speak on the left; teammates on the right; notes stand out as internal. */
export function PartBubble({ part }: { part: ConversationPart }) {
  const { t } = useTranslation();
  const formatTime = useFormatTime();
  const isMessage = MESSAGE_TYPES.has(part.part_type);
  if (!isMessage && !part.body) return <EventLine part={part} />;

  const isNote = part.part_type === 'note';
  const side = part.author.type === 'admin' ? 'from-teammate' : 'from-customer';
  const author = part.author.name ?? part.author.email ?? t('list.unknownContact');
  return (
    <>
      {isMessage ? null : <EventLine part={part} />}
      <li className={`part ${side}${isNote ? ' is-note' : ''}`}>
        <div className="part-meta">
          <span className="part-author">{author}</span>
          {isNote ? <span className="part-kind">{t('thread.note')}</span> : null}
          <time dateTime={new Date(part.created_at * 1000).toISOString()}>{formatTime(part.created_at)}</time>
        </div>
        <div
          className="part-body"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: only part and source bodies, which the server sanitized (server/lib/sanitize.ts allowlist)
          dangerouslySetInnerHTML={{ __html: part.body ?? '' }}
        />
      </li>
    </>
  );
}
