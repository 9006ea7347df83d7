import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessToken } from '../../../protocol/tokens.ts';
import { api } from '../api.ts';
import { CopyField } from '../components/CopyField.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Loading } from '../components/Loading.tsx';
import { useDocumentTitle } from '../lib/useDocumentTitle.ts';
import { useResource } from '../lib/useResource.ts';
import { useSignedIn } from '../session/context.ts';
import { CreateTokenForm } from './CreateTokenForm.tsx';
import { SectionHeading } from './SectionHeading.tsx';
import { TokensTable } from './TokensTable.tsx';

export function TokensSettings() {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  useDocumentTitle(t('settings.tokens'));
  if (me.role !== 'admin') {
    return (
      <SectionHeading title={t('settings.tokens')}>
        <p className="note">{t('tokens.adminsOnly')}</p>
      </SectionHeading>
    );
  }
  return <AccessTokens />;
}

function AccessTokens() {
  const { t } = useTranslation();
  const { data, error, reload } = useResource(api.listTokens);
  const [created, setCreated] = useState<AccessToken>();
  return (
    <>
      <SectionHeading title={t('settings.tokens')}>
        <p className="muted">{t('tokens.intro')}</p>
      </SectionHeading>
      <section aria-labelledby="new-token-title" className="card">
        <h3 id="new-token-title">{t('tokens.createTitle')}</h3>
        <CreateTokenForm
          onCreated={(token) => {
            setCreated(token);
            reload();
          }}
        />
        {created?.token ? (
          <section className="callout" aria-labelledby="created-token-title">
            <h4 id="created-token-title">{t('tokens.newTitle')}</h4>
            <CopyField label={t('tokens.tokenLabel')} value={created.token} />
            <p className="note">{t('tokens.newNote')}</p>
          </section>
        ) : null}
      </section>
      <h3>{t('tokens.listTitle')}</h3>
      <ErrorAlert error={error} />
      {data ? <TokensTable tokens={data.data} onRevoked={reload} /> : <Loading />}
    </>
  );
}
