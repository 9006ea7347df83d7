import { useTranslation } from 'react-i18next';
import { SAVED_REPLY_PLACEHOLDERS, type SavedReplyPlaceholder } from '../../../protocol/saved-replies.ts';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Loading } from '../components/Loading.tsx';
import { useDocumentTitle } from '../lib/useDocumentTitle.ts';
import { useResource } from '../lib/useResource.ts';
import { useSignedIn } from '../session/context.ts';
import { SavedReplyCard } from './SavedReplyCard.tsx';
import { SavedReplyForm } from './SavedReplyForm.tsx';
import { SectionHeading } from './SectionHeading.tsx';

const PLACEHOLDER_LABELS = {
  'contact.first_name': 'savedReplies.placeholder.contactFirstName',
  'contact.name': 'savedReplies.placeholder.contactName',
  'teammate.first_name': 'savedReplies.placeholder.teammateFirstName',
  'teammate.name': 'savedReplies.placeholder.teammateName',
} as const satisfies Record<SavedReplyPlaceholder, string>;

/** The workspace's saved replies: managers and admins write them, agents read them. */
export function SavedRepliesSettings() {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  const savedReplies = useResource(api.listSavedReplies);
  const canManage = me.role !== 'agent';
  useDocumentTitle(t('settings.savedReplies'));

  return (
    <>
      <SectionHeading title={t('settings.savedReplies')}>
        <p className="muted">{t('savedReplies.intro')}</p>
        {canManage ? null : <p className="note">{t('savedReplies.readOnly')}</p>}
      </SectionHeading>
      <ErrorAlert error={savedReplies.error} />
      {canManage ? (
        <section aria-labelledby="new-saved-reply-title" className="card">
          <h3 id="new-saved-reply-title">{t('savedReplies.createTitle')}</h3>
          <SavedReplyForm
            idPrefix="new-saved-reply"
            submitLabel={t('savedReplies.create')}
            onSubmit={(fields) => api.createSavedReply(fields)}
            onSaved={savedReplies.reload}
          />
          <p className="muted">{t('savedReplies.placeholders')}</p>
          <dl className="placeholder-list">
            {SAVED_REPLY_PLACEHOLDERS.map((placeholder) => (
              <div key={placeholder}>
                <dt>
                  <code>{`{{${placeholder}}}`}</code>
                </dt>
                <dd>{t(PLACEHOLDER_LABELS[placeholder])}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      {savedReplies.data === undefined ? <Loading /> : null}
      {savedReplies.data?.data.length === 0 ? <p className="muted">{t('savedReplies.empty')}</p> : null}
      <ul className="card-grid" aria-label={t('settings.savedReplies')}>
        {savedReplies.data?.data.map((savedReply) => (
          <SavedReplyCard
            key={savedReply.id}
            savedReply={savedReply}
            canManage={canManage}
            onChanged={savedReplies.reload}
          />
        ))}
      </ul>
    </>
  );
}
