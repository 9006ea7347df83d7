import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../lib/useDocumentTitle.ts';
import { useResource } from '../../lib/useResource.ts';
import { useSignedIn } from '../../session/context.ts';
import { SectionHeading } from '../SectionHeading.tsx';
import { InstallCard } from './InstallCard.tsx';
import { MessengerSettingsForm } from './MessengerSettingsForm.tsx';

/** Settings → Messenger (admins): installing it on a website, who may use it, and how it looks. */
export function MessengerSettings() {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  useDocumentTitle(t('settings.messenger'));
  if (me.role !== 'admin') {
    return (
      <SectionHeading title={t('settings.messenger')}>
        <p className="note">{t('messenger.adminsOnly')}</p>
      </SectionHeading>
    );
  }
  return <MessengerSetup />;
}

function MessengerSetup() {
  const { t } = useTranslation();
  const settings = useResource(api.getMessengerSettings);
  return (
    <>
      <SectionHeading title={t('settings.messenger')}>
        <p className="muted">{t('messenger.intro')}</p>
      </SectionHeading>
      <ErrorAlert error={settings.error} />
      {settings.data ? (
        <>
          <InstallCard snippet={settings.data.snippet} workspaceId={settings.data.workspace_id} />
          <MessengerSettingsForm settings={settings.data} onSettings={settings.replace} />
        </>
      ) : (
        <Loading />
      )}
    </>
  );
}
