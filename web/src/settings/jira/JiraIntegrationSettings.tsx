import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { isLanguage } from '../../i18n/index.ts';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { useResource } from '../../lib/useResource.ts';
import { useSignedIn } from '../../session/context.ts';
import { SectionHeading } from '../SectionHeading.tsx';
import { JiraSetupForm } from './JiraSetupForm.tsx';
import type { StateOption } from './StatusRuleRow.tsx';
import { WebhookSetupCard } from './WebhookSetupCard.tsx';

type TicketStateList = Awaited<ReturnType<typeof api.listTicketStates>>;

/** The ticket states a rule can name, in the teammate's language; archived ones only where a rule still names them. */
function stateOptions(list: TicketStateList, language: string, usedIds: readonly string[]): StateOption[] {
  const lang = isLanguage(language) ? language : 'en';
  return list.data
    .filter((state) => !state.archived || usedIds.includes(state.id))
    .map((state) => ({ id: state.id, label: state.labels.internal[lang] || state.internal_label }));
}

/** Settings → Jira. Admins connect and set it up; managers and agents see how it is set up. */
export function JiraIntegrationSettings() {
  const { t, i18n } = useTranslation();
  const { me } = useSignedIn();
  const settings = useResource(api.getJiraSettings);
  const states = useResource(api.listTicketStates);
  const canEdit = me.role === 'admin';
  useDocumentTitle(t('jira.title'));
  const failedLinks = settings.data?.failed_links ?? 0;

  return (
    <>
      <SectionHeading title={t('jira.title')}>
        <p className="muted">{t('jira.intro')}</p>
        {canEdit ? null : <p className="note">{t('jira.readOnly')}</p>}
        {failedLinks > 0 ? <p className="note">{t('jira.failedLinks', { count: failedLinks })}</p> : null}
      </SectionHeading>
      <ErrorAlert error={settings.error ?? states.error} />
      {settings.data && states.data ? (
        <>
          <JiraSetupForm
            settings={settings.data}
            states={stateOptions(
              states.data,
              i18n.language,
              settings.data.status_map.map((rule) => rule.ticket_state_id),
            )}
            canEdit={canEdit}
            onSettings={settings.replace}
          />
          {settings.data.configured ? (
            <WebhookSetupCard settings={settings.data} onSettings={settings.replace} />
          ) : null}
        </>
      ) : (
        <Loading />
      )}
    </>
  );
}
