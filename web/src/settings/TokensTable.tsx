import { useTranslation } from 'react-i18next';
import type { AccessToken } from '../../../protocol/tokens.ts';
import { api } from '../api.ts';
import { ConfirmButton } from '../components/ConfirmButton.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useAction } from '../lib/useAction.ts';
import { useFormatDate } from '../lib/useFormatDate.ts';

export function TokensTable({ tokens, onRevoked }: { tokens: AccessToken[]; onRevoked: () => void }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { run, isBusy, error } = useAction();
  if (tokens.length === 0) return <p className="muted">{t('tokens.empty')}</p>;
  return (
    <>
      <ErrorAlert error={error} />
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{t('tokens.listTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tokens.tableName')}</th>
              <th scope="col">{t('tokens.lastFour')}</th>
              <th scope="col">{t('tokens.created')}</th>
              <th scope="col">{t('tokens.lastUsed')}</th>
              <th scope="col">{t('tokens.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id}>
                <th scope="row">{token.name}</th>
                <td className="mono" data-label={t('tokens.lastFour')}>
                  {t('tokens.masked', { lastFour: token.last_four })}
                </td>
                <td data-label={t('tokens.created')}>{formatDate(token.created_at)}</td>
                <td data-label={t('tokens.lastUsed')}>
                  {token.last_used_at === null ? t('common.never') : formatDate(token.last_used_at)}
                </td>
                <td>
                  <ConfirmButton
                    label={t('tokens.revoke')}
                    ariaLabel={t('tokens.revokeNamed', { name: token.name })}
                    isDisabled={isBusy}
                    onConfirm={() => run(() => api.revokeToken(token.id).finally(onRevoked))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
