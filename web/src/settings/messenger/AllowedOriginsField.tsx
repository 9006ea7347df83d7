import { useTranslation } from 'react-i18next';

interface AllowedOriginsFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** The websites allowed to show the messenger, one origin per line; none means any site. */
export function AllowedOriginsField({ value, onChange, error }: AllowedOriginsFieldProps) {
  const { t } = useTranslation();
  return (
    <section className="card stack" aria-labelledby="origins-title">
      <div>
        <h3 id="origins-title">{t('messenger.originsTitle')}</h3>
        <p className="muted">{t('messenger.originsIntro')}</p>
      </div>
      <div className="field">
        <label htmlFor="messenger-origins">{t('messenger.origins')}</label>
        <textarea
          id="messenger-origins"
          className="mono"
          rows={4}
          spellCheck={false}
          placeholder={'https://www.example.com\nhttps://app.example.com'}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'messenger-origins-hint messenger-origins-error' : 'messenger-origins-hint'}
          onChange={(event) => onChange(event.target.value)}
        />
        <p id="messenger-origins-hint" className="hint">
          {t('messenger.originsHint')}
        </p>
        {error ? (
          <p id="messenger-origins-error" className="field-error">
            {error}
          </p>
        ) : null}
      </div>
    </section>
  );
}
