import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../protocol/conversations.ts';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useAction } from '../lib/useAction.ts';
import { useResource } from '../lib/useResource.ts';

interface TagEditorProps {
  conversation: Conversation;
  onChanged: (conversation: Conversation) => void;
}

const loadTags = () => api.listTags().then((list) => list.data);

/** The conversation's tags: remove one, add an existing tag, or create a new one by typing its name. */
export function TagEditor({ conversation, onChanged }: TagEditorProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const listId = useId();
  const tags = useResource(loadTags);
  const [name, setName] = useState('');
  const { run, isBusy, error } = useAction();
  const applied = conversation.tags.tags;
  const appliedIds = new Set(applied.map((tag) => tag.id));
  const offered = (tags.data ?? []).filter((tag) => !appliedIds.has(tag.id));

  const change = (work: () => Promise<unknown>) =>
    run(async () => {
      await work();
      onChanged(await api.getConversation(conversation.id));
    });

  function add(event: FormEvent) {
    event.preventDefault();
    const wanted = name.trim();
    if (wanted === '') return;
    void change(async () => {
      const known = tags.data?.find((tag) => tag.name.toLowerCase() === wanted.toLowerCase());
      const tag = known ?? (await api.createTag(wanted));
      await api.tagConversation(conversation.id, tag.id);
      setName('');
      if (!known) tags.reload();
    });
  }

  return (
    <div className="details-field tag-editor">
      <label htmlFor={inputId}>{t('details.tags')}</label>
      {applied.length > 0 ? (
        <ul className="tag-list" aria-label={t('details.appliedTags')}>
          {applied.map((tag) => (
            <li key={tag.id} className="tag-chip">
              <span>{tag.name}</span>
              <button
                type="button"
                className="tag-remove"
                disabled={isBusy}
                aria-label={t('details.removeTag', { name: tag.name })}
                onClick={() => void change(() => api.untagConversation(conversation.id, tag.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form className="tag-add" onSubmit={add}>
        <input
          id={inputId}
          list={listId}
          value={name}
          placeholder={t('details.tagPlaceholder')}
          autoComplete="off"
          onChange={(event) => setName(event.target.value)}
        />
        <datalist id={listId}>
          {offered.map((tag) => (
            <option key={tag.id} value={tag.name} />
          ))}
        </datalist>
        <button type="submit" className="button secondary small" disabled={isBusy || name.trim() === ''}>
          {t('details.addTag')}
        </button>
      </form>
      <ErrorAlert error={error} />
    </div>
  );
}
