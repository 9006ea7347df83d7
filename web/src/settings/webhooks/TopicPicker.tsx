import { useTranslation } from 'react-i18next';
import { WEBHOOK_TOPIC_GROUPS, type WebhookTopic, type WebhookTopicGroup } from '../../../../protocol/webhooks.ts';
import { GROUP_LABELS, TOPIC_LABELS } from './topicLabels.ts';

interface TopicPickerProps {
  idPrefix: string;
  selected: readonly WebhookTopic[];
  onChange: (topics: WebhookTopic[]) => void;
  errorId?: string;
  isInvalid?: boolean;
}

/** The topics as checkboxes, one group (fieldset) each for conversations, contacts and tickets. */
export function TopicPicker({ idPrefix, selected, onChange, errorId, isInvalid }: TopicPickerProps) {
  const { t } = useTranslation();
  const toggle = (topic: WebhookTopic, isOn: boolean) =>
    onChange(isOn ? [...selected, topic] : selected.filter((chosen) => chosen !== topic));
  return (
    <fieldset className="topic-picker" aria-describedby={errorId} aria-invalid={isInvalid || undefined}>
      <legend>{t('webhooks.topics')}</legend>
      <p className="hint">{t('webhooks.topicsHint')}</p>
      <div className="topic-groups">
        {(Object.keys(WEBHOOK_TOPIC_GROUPS) as WebhookTopicGroup[]).map((group) => (
          <fieldset key={group} className="topic-group">
            <legend>{t(GROUP_LABELS[group])}</legend>
            {WEBHOOK_TOPIC_GROUPS[group].map((topic) => {
              const id = `${idPrefix}-${topic.replaceAll('.', '-')}`;
              return (
                <div key={topic} className="topic-option">
                  <input
                    id={id}
                    type="checkbox"
                    checked={selected.includes(topic)}
                    onChange={(event) => toggle(topic, event.target.checked)}
                  />
                  <label htmlFor={id}>
                    <span>{t(TOPIC_LABELS[topic])}</span>
                    <code>{topic}</code>
                  </label>
                </div>
              );
            })}
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
