import { useTranslation } from 'react-i18next';
import type { Admin } from '../../../protocol/admins.ts';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useAction } from '../lib/useAction.ts';
import { useSignedIn } from '../session/context.ts';
import { type TeammateChanges, TeammateRow } from './TeammateRow.tsx';

interface TeammatesTableProps {
  admins: Admin[];
  canManage: boolean;
  onChanged: () => void;
}

export function TeammatesTable({ admins, canManage, onChanged }: TeammatesTableProps) {
  const { t } = useTranslation();
  const { me, updateAdmin } = useSignedIn();
  const { run, isBusy, error } = useAction();

  /** Applies a change; the list reloads either way so a refused change snaps back. */
  const change = (admin: Admin, changes: TeammateChanges) =>
    run(async () => {
      try {
        const updated = await api.updateAdmin(admin.id, changes);
        if (updated.id === me.id) updateAdmin(updated);
      } finally {
        onChanged();
      }
    });

  return (
    <>
      <ErrorAlert error={error} />
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{t('teammates.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('teammates.name')}</th>
              <th scope="col">{t('teammates.email')}</th>
              <th scope="col">{t('teammates.role')}</th>
              <th scope="col">{t('assignment.languagesColumn')}</th>
              <th scope="col">{t('teammates.status')}</th>
              {canManage ? <th scope="col">{t('teammates.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {admins.map((admin) => (
              <TeammateRow
                key={admin.id}
                admin={admin}
                isMe={admin.id === me.id}
                canManage={canManage}
                isBusy={isBusy}
                onChange={(changes) => change(admin, changes)}
              />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
