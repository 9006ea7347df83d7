import { useTranslation } from 'react-i18next';
import { readableAttributeName } from '../../../inbox/readableAttributeName.ts';

/** The answers the bot has collected so far, as the agent will see them on the conversation. */
export function PreviewAttributes({ attributes }: { attributes: Record<string, unknown> }) {
  const { t } = useTranslation();
  const entries = Object.entries(attributes);
  return (
    <div className="preview-attributes">
      <h4>{t('workflows.preview.attributes')}</h4>
      {entries.length === 0 ? (
        <p className="hint">{t('workflows.preview.noAttributes')}</p>
      ) : (
        <dl className="attribute-list">
          {entries.map(([name, value]) => (
            <div key={name} className="attribute-row">
              <dt title={name}>{readableAttributeName(name)}</dt>
              <dd>{String(value)}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
