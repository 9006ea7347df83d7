import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiTokenField } from './ApiTokenField.tsx';
import { FIELD_IDS } from './fieldIds.ts';
import type { JiraForm } from './jiraForm.ts';
import { TextField } from './TextField.tsx';

type ConnectionField = 'siteUrl' | 'email' | 'apiToken' | 'projectKey' | 'issueType';

interface ConnectionCardProps {
  form: JiraForm;
  onChange: (changes: Partial<JiraForm>) => void;
  errorFor: (field: ConnectionField) => string | undefined;
  /** Whether Charla reaches Jira, beside the title. */
  badge: ReactNode;
  hasStoredToken: boolean;
  canEdit: boolean;
  /** Test connection and Disconnect, for admins. */
  children?: ReactNode;
}

/** Where Jira is and who Charla is there: site, account email, API token, project and issue type. */
export function ConnectionCard({
  form,
  onChange,
  errorFor,
  badge,
  hasStoredToken,
  canEdit,
  children,
}: ConnectionCardProps) {
  const { t } = useTranslation();
  return (
    <section className="card stack" aria-labelledby="jira-connection-title">
      <div>
        <div className="jira-card-title">
          <h3 id="jira-connection-title">{t('jira.connection.title')}</h3>
          {badge}
        </div>
        <p className="muted">{t('jira.connection.intro')}</p>
      </div>
      <div className="jira-fields">
        <TextField
          id={FIELD_IDS.siteUrl}
          label={t('jira.connection.siteUrl')}
          hint={t('jira.connection.siteUrlHint')}
          value={form.siteUrl}
          error={errorFor('siteUrl')}
          onChange={(siteUrl) => onChange({ siteUrl })}
          input={{ type: 'url', inputMode: 'url', autoComplete: 'url', placeholder: 'https://your-team.atlassian.net' }}
        />
        <TextField
          id={FIELD_IDS.email}
          label={t('jira.connection.email')}
          hint={t('jira.connection.emailHint')}
          value={form.email}
          error={errorFor('email')}
          onChange={(email) => onChange({ email })}
          input={{ type: 'email', autoComplete: 'off', placeholder: 'charla@example.com' }}
        />
      </div>
      <ApiTokenField
        value={form.apiToken}
        onChange={(apiToken) => onChange({ apiToken })}
        isStored={hasStoredToken}
        isReplacing={form.isReplacingToken}
        onReplacingChange={(isReplacingToken) => onChange({ isReplacingToken, apiToken: '' })}
        error={errorFor('apiToken')}
        canEdit={canEdit}
      />
      <div className="jira-fields">
        <TextField
          id={FIELD_IDS.projectKey}
          label={t('jira.connection.projectKey')}
          hint={t('jira.connection.projectKeyHint')}
          value={form.projectKey}
          error={errorFor('projectKey')}
          onChange={(projectKey) => onChange({ projectKey: projectKey.toUpperCase() })}
          input={{ className: 'mono', autoComplete: 'off', autoCapitalize: 'characters', placeholder: 'SUP' }}
        />
        <TextField
          id={FIELD_IDS.issueType}
          label={t('jira.connection.issueType')}
          hint={t('jira.connection.issueTypeHint')}
          value={form.issueType}
          error={errorFor('issueType')}
          onChange={(issueType) => onChange({ issueType })}
          input={{ autoComplete: 'off', placeholder: 'Task' }}
        />
      </div>
      {children}
    </section>
  );
}
