import { useTranslation } from 'react-i18next';
import { FIELD_IDS } from './fieldIds.ts';

interface ApiTokenFieldProps {
  value: string;
  onChange: (value: string) => void;
  /** A token is stored on the server (it is never sent back). */
  isStored: boolean;
  /** The input is open for a new token; without a stored one it always is. */
  isReplacing: boolean;
  onReplacingChange: (isReplacing: boolean) => void;
  error?: string;
  /** Admins replace the token; others only see that one is stored. */
  canEdit: boolean;
}

/** The Atlassian API token: a password input, or "stored" with a Replace button once one is saved. */
export function ApiTokenField(props: ApiTokenFieldProps) {
  const { value, onChange, isStored, isReplacing, onReplacingChange, error, canEdit } = props;
  const { t } = useTranslation();
  const isLocked = isStored && !isReplacing;
  const id = FIELD_IDS.apiToken;

  function replace() {
    onReplacingChange(true);
    document.getElementById(id)?.focus();
  }

  return (
    <div className="field api-token-field">
      <label htmlFor={id}>{t('jira.connection.apiToken')}</label>
      <div className="token-input">
        <input
          id={id}
          type="password"
          className="mono"
          value={isLocked ? '' : value}
          readOnly={isLocked}
          placeholder={isLocked ? '••••••••••••' : undefined}
          autoComplete="new-password"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-state ${id}-where ${id}-error`}
          onChange={(event) => onChange(event.target.value)}
        />
        {!isStored || !canEdit ? null : isLocked ? (
          <button
            type="button"
            className="button secondary"
            aria-label={t('jira.connection.replaceLong')}
            onClick={replace}
          >
            {t('jira.connection.replace')}
          </button>
        ) : (
          <button type="button" className="button secondary" onClick={() => onReplacingChange(false)}>
            {t('jira.connection.keepStored')}
          </button>
        )}
      </div>
      <p id={`${id}-state`} className="hint token-state">
        {!isStored
          ? null
          : !canEdit
            ? t('jira.connection.apiTokenStoredReadOnly')
            : isLocked
              ? t('jira.connection.apiTokenStored')
              : t('jira.connection.apiTokenReplacing')}
      </p>
      <p id={`${id}-where`} className="hint">
        {canEdit ? t('jira.connection.apiTokenWhere') : null}
      </p>
      <p id={`${id}-error`} className="field-error">
        {error}
      </p>
    </div>
  );
}
