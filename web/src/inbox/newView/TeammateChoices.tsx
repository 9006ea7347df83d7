import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { useResource } from '../../lib/useResource.ts';

const loadActiveTeammates = () =>
  api
    .listAdmins()
    .then((list) => list.admins.filter((admin) => admin.active).sort((a, b) => a.name.localeCompare(b.name)));

interface TeammateChoicesProps {
  adminIds: string[];
  onChange: (adminIds: string[]) => void;
}

/** The named teammates a view's assignee condition picks: assigned to any of those ticked. */
export function TeammateChoices({ adminIds, onChange }: TeammateChoicesProps) {
  const { t } = useTranslation();
  const teammates = useResource(loadActiveTeammates).data ?? [];
  const toggle = (id: string) =>
    onChange(adminIds.includes(id) ? adminIds.filter((candidate) => candidate !== id) : [...adminIds, id]);
  return (
    <fieldset className="checkbox-group teammate-choices">
      <legend>{t('viewEditor.teammates')}</legend>
      {teammates.map((teammate) => (
        <label key={teammate.id} className="checkbox">
          <input type="checkbox" checked={adminIds.includes(teammate.id)} onChange={() => toggle(teammate.id)} />
          {teammate.name}
        </label>
      ))}
    </fieldset>
  );
}
