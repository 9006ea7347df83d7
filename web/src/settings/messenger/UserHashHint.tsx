import { useTranslation } from 'react-i18next';

const NODE_EXAMPLE = `// On your server (Node.js), never in the browser
import { createHmac } from 'node:crypto';

const userHash = createHmac('sha256', process.env.CHARLA_IDENTITY_SECRET)
  .update(user.id) // or user.email, for users without an id
  .digest('hex');

// In the page
window.intercomSettings = { user_id: user.id, email: user.email, user_hash: userHash };`;

/** How a website computes `user_hash`: HMAC-SHA256 of the user_id (or email) with the secret. */
export function UserHashHint() {
  const { t } = useTranslation();
  return (
    <details className="code-hint">
      <summary>{t('messenger.userHashHow')}</summary>
      <p className="hint">{t('messenger.userHashExplained')}</p>
      <p className="hint">{t('messenger.userHashExample')}</p>
      <pre className="code-block">
        <code>{NODE_EXAMPLE}</code>
      </pre>
    </details>
  );
}
