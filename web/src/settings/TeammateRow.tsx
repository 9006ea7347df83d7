import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Admin } from '../../../protocol/admins.ts';
import type { Language, Role } from '../../../protocol/common.ts';
import { LanguageCheckboxes } from './assignment/LanguageCheckboxes.tsx';
import { RoleSelect } from './RoleSelect.tsx';

export interface TeammateChanges {
  role?: Role;
  active?: boolean;
  languages?: Language[];
}

interface TeammateRowProps {
  admin: Admin;
  isMe: boolean;
  canManage: boolean;
  isBusy: boolean;
  onChange: (changes: TeammateChanges) => void;
}

type TeammateStatus = 'active' | 'away' | 'deactivated';

/** One status a person reads at a glance: a deactivated teammate's away switch no longer matters. */
function statusOf(admin: Admin): TeammateStatus {
  if (!admin.active) return 'deactivated';
  return admin.away_mode_enabled ? 'away' : 'active';
}

export function TeammateRow({ admin, isMe, canManage, isBusy, onChange }: TeammateRowProps) {
  const { t } = useTranslation();
  // Ticked at once, until the list's re-read after the change (saved or refused) brings what the server has.
  const [pending, setPending] = useState<{ of: Admin; languages: Language[] }>();
  const languages = pending?.of === admin ? pending.languages : admin.languages;
  const status = statusOf(admin);
  return (
    <tr className={admin.active ? undefined : 'is-deactivated'}>
      <th scope="row">
        <span className="cell-title">
          {admin.name} {isMe ? <span className="muted">{t('common.you')}</span> : null}
        </span>
        {admin.job_title ? <span className="cell-subtitle">{admin.job_title}</span> : null}
      </th>
      <td data-label={t('teammates.email')}>{admin.email}</td>
      <td data-label={t('teammates.role')}>
        {canManage ? (
          <RoleSelect
            value={admin.role}
            ariaLabel={t('teammates.roleFor', { name: admin.name })}
            isDisabled={isBusy}
            onChange={(role) => onChange({ role })}
          />
        ) : (
          t(`roles.${admin.role}`)
        )}
      </td>
      <td data-label={t('assignment.languagesColumn')}>
        {canManage ? (
          <LanguageCheckboxes
            variant="compact"
            legend={t('assignment.languagesFor', { name: admin.name })}
            value={languages}
            isDisabled={isBusy}
            onChange={(next) => {
              setPending({ of: admin, languages: next });
              onChange({ languages: next });
            }}
          />
        ) : (
          languages.map((language) => t(`language.${language}`)).join(', ')
        )}
      </td>
      <td data-label={t('teammates.status')}>
        <span className={`badge is-${status}`}>{t(`teammates.statuses.${status}`)}</span>
      </td>
      {canManage ? (
        <td>
          {isMe ? null : (
            <button
              type="button"
              className="button secondary small"
              disabled={isBusy}
              aria-label={t(admin.active ? 'teammates.deactivateNamed' : 'teammates.reactivateNamed', {
                name: admin.name,
              })}
              onClick={() => onChange({ active: !admin.active })}
            >
              {admin.active ? t('teammates.deactivate') : t('teammates.reactivate')}
            </button>
          )}
        </td>
      ) : null}
    </tr>
  );
}
