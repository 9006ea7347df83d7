import { useTranslation } from 'react-i18next';
import type { Role } from '../../../protocol/common.ts';

const ROLES: readonly Role[] = ['admin', 'manager', 'agent'];
const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

interface RoleSelectProps {
  value: Role;
  onChange: (role: Role) => void;
  id?: string;
  ariaLabel?: string;
  isDisabled?: boolean;
}

export function RoleSelect({ value, onChange, id, ariaLabel, isDisabled }: RoleSelectProps) {
  const { t } = useTranslation();
  return (
    <select
      id={id}
      aria-label={ariaLabel}
      value={value}
      disabled={isDisabled}
      onChange={(e) => isRole(e.target.value) && onChange(e.target.value)}
    >
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {t(`roles.${role}`)}
        </option>
      ))}
    </select>
  );
}
