import { Trans, useTranslation } from 'react-i18next';
import { CopyField } from '../../components/CopyField.tsx';

const INTERCOM_WIDGET_URL = 'https://widget.intercom.io/widget/';

/** The script URL inside the one-tag snippet. */
function widgetUrl(snippet: string): string {
  return /src="([^"]+)"/.exec(snippet)?.[1] ?? '';
}

/** The one tag a website adds, and how a site that runs Intercom's snippet switches over. */
export function InstallCard({ snippet, workspaceId }: { snippet: string; workspaceId: string }) {
  const { t } = useTranslation();
  const url = widgetUrl(snippet);
  return (
    <section className="card stack" aria-labelledby="install-title">
      <div>
        <h3 id="install-title">{t('messenger.installTitle')}</h3>
        <p className="muted">{t('messenger.installIntro')}</p>
      </div>
      <CopyField label={t('messenger.snippet')} value={snippet} />
      <div className="callout">
        <p className="callout-title">{t('messenger.fromIntercomTitle')}</p>
        <p>
          <Trans
            i18nKey="messenger.fromIntercom"
            values={{ from: `${INTERCOM_WIDGET_URL}YOUR_APP_ID`, to: url }}
            components={{ code: <code className="mono break" /> }}
          />
        </p>
        <p className="hint">{t('messenger.workspaceId', { id: workspaceId })}</p>
      </div>
    </section>
  );
}
