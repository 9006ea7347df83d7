import { useEffect, useEffectEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { viewHref } from '../views.ts';
import type { AssignedNotice } from './assignedToYou.ts';
import { useAssignedToYou } from './useAssignedToYou.ts';
import { useIsHeld } from './useIsHeld.ts';

/** Long enough to read and reach; paused while the pointer or focus is on the notice. */
const SHOWN_MS = 12_000;

interface AssignedToYouNoticesProps {
  openConversationId: string | undefined;
  /** "Open" was chosen: the conversation opens and takes the focus the notice had. */
  onOpen: (conversationId: string) => void;
}

/**
 * "New conversation assigned to you: …" in the corner, announced politely: it never takes focus, closes with
 * its button, and goes by itself after a while (or as soon as its conversation is opened).
 */
export function AssignedToYouNotices({ openConversationId, onOpen }: AssignedToYouNoticesProps) {
  const { t } = useTranslation();
  const { notices, dismiss } = useAssignedToYou(openConversationId);
  return (
    <div className="assignment-notices" role="status" aria-live="polite" aria-label={t('assignmentWhy.notice.region')}>
      {notices.map((notice) => (
        <Notice
          key={notice.conversationId}
          notice={notice}
          onOpen={() => {
            dismiss(notice.conversationId);
            onOpen(notice.conversationId);
          }}
          onDismiss={() => dismiss(notice.conversationId)}
        />
      ))}
    </div>
  );
}

interface NoticeProps {
  notice: AssignedNotice;
  onOpen: () => void;
  onDismiss: () => void;
}

function Notice({ notice, onOpen, onDismiss }: NoticeProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const isHeld = useIsHeld(box);
  const dismissLater = useEffectEvent(onDismiss);

  useEffect(() => {
    if (isHeld) return;
    const timer = setTimeout(dismissLater, SHOWN_MS);
    return () => clearTimeout(timer);
  }, [isHeld]);

  return (
    <div ref={box} className="assignment-notice">
      <p className="assignment-notice-title">{t('assignmentWhy.notice.title', { preview: notice.preview })}</p>
      <p className="assignment-notice-meta">
        {notice.contact} ·{' '}
        {notice.by === null
          ? t('assignmentWhy.notice.byRule')
          : t('assignmentWhy.notice.byTeammate', { name: notice.by })}
      </p>
      <div className="assignment-notice-actions">
        <Link href={`${viewHref('you')}/${notice.conversationId}`} className="button primary small" onClick={onOpen}>
          {t('assignmentWhy.notice.open')}
        </Link>
        <button type="button" className="button secondary small" onClick={onDismiss}>
          {t('assignmentWhy.notice.dismiss')}
        </button>
      </div>
    </div>
  );
}
