import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { NotFoundPage } from '../frame/NotFoundPage.tsx';
import { AssignmentSettings } from './assignment/AssignmentSettings.tsx';
import { JiraIntegrationSettings } from './jira/JiraIntegrationSettings.tsx';
import { MessengerSettings } from './messenger/MessengerSettings.tsx';
import { ProfileSettings } from './ProfileSettings.tsx';
import { SavedRepliesSettings } from './SavedRepliesSettings.tsx';
import { SettingsNav } from './SettingsNav.tsx';
import { TeammatesSettings } from './TeammatesSettings.tsx';
import { TeamsSettings } from './TeamsSettings.tsx';
import { TokensSettings } from './TokensSettings.tsx';
import { TicketsSettings } from './tickets/TicketsSettings.tsx';
import { WebhookSubscriptionPage } from './webhooks/WebhookSubscriptionPage.tsx';
import { WebhooksSettings } from './webhooks/WebhooksSettings.tsx';
import { WorkflowEditorPage } from './workflows/WorkflowEditorPage.tsx';
import { WorkflowsSettings } from './workflows/WorkflowsSettings.tsx';

const SECTIONS: Record<string, ComponentType> = {
  profile: ProfileSettings,
  teammates: TeammatesSettings,
  teams: TeamsSettings,
  assignment: AssignmentSettings,
  'saved-replies': SavedRepliesSettings,
  tickets: TicketsSettings,
  messenger: MessengerSettings,
  workflows: WorkflowsSettings,
  tokens: TokensSettings,
  webhooks: WebhooksSettings,
  jira: JiraIntegrationSettings,
};

/** Sections with a page per item, `/settings/:section/:id`; these pages use the full width. */
const ITEM_PAGES: Record<string, ComponentType<{ id: string }>> = {
  workflows: WorkflowEditorPage,
  webhooks: WebhookSubscriptionPage,
};

/** `/settings/:section` and `/settings/:section/:id`, loaded lazily by the app frame. */
export default function SettingsPage({ params }: { params: { section?: string; id?: string } }) {
  const { t } = useTranslation();
  const section = params.section ?? '';
  const { id } = params;
  const ItemPage = id === undefined ? undefined : ITEM_PAGES[section];
  const Section = id === undefined ? SECTIONS[section] : undefined;
  const content = ItemPage && id ? <ItemPage id={id} /> : Section ? <Section /> : null;
  if (!content) return <NotFoundPage />;
  return (
    <div className={ItemPage ? 'page is-wide' : 'page'}>
      <header className="page-header">
        <h1>{t('settings.title')}</h1>
        <SettingsNav />
      </header>
      <section aria-labelledby="settings-section-title" className="settings-section">
        {content}
      </section>
    </div>
  );
}
