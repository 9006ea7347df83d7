import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedReply } from '../../../protocol/saved-replies.ts';
import { api } from '../api.ts';
import { ConfirmButton } from '../components/ConfirmButton.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useAction } from '../lib/useAction.ts';
import { SavedReplyForm } from './SavedReplyForm.tsx';

interface SavedReplyCardProps {
  savedReply: SavedReply;
  canManage: boolean;
  onChanged: () => void;
}

export function SavedReplyCard({ savedReply, canManage, onChanged }: SavedReplyCardProps) {
  const { t } = useTranslation();
  const [isEditing, setIsEditing] = useState(false);
  const { run, isBusy, error } = useAction();
  const { name } = savedReply;

  if (isEditing) {
    return (
      <li className="card">
        <h3>{t('savedReplies.editTitle', { name })}</h3>
        <SavedReplyForm
          idPrefix={`saved-reply-${savedReply.id}`}
          initial={{ name, body: savedReply.body }}
          submitLabel={t('common.save')}
          onSubmit={(fields) => api.updateSavedReply(savedReply.id, fields)}
          onSaved={() => {
            setIsEditing(false);
            onChanged();
          }}
          onCancel={() => setIsEditing(false)}
        />
      </li>
    );
  }
  return (
    <li className="card saved-reply-card">
      <h3>{name}</h3>
      <p className="saved-reply-body">{savedReply.body}</p>
      <ErrorAlert error={error} />
      {canManage ? (
        <div className="form-actions">
          <button
            type="button"
            className="button secondary small"
            aria-label={t('savedReplies.editNamed', { name })}
            onClick={() => setIsEditing(true)}
          >
            {t('savedReplies.edit')}
          </button>
          <ConfirmButton
            label={t('savedReplies.delete')}
            ariaLabel={t('savedReplies.deleteNamed', { name })}
            isDisabled={isBusy}
            onConfirm={() => run(() => api.deleteSavedReply(savedReply.id).then(onChanged))}
          />
        </div>
      ) : null}
    </li>
  );
}
