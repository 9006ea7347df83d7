import { useTranslation } from 'react-i18next';
import { ruleInputId } from './fieldIds.ts';
import { JIRA_CATEGORIES, type RuleDraft } from './statusRules.ts';

export interface StateOption {
  id: string;
  label: string;
}

interface StatusRuleRowProps {
  rule: RuleDraft;
  position: number;
  count: number;
  /** Admins reorder and remove rules; others read them. */
  canEdit: boolean;
  states: readonly StateOption[];
  errors: { value?: string; state?: string };
  onChange: (rule: RuleDraft) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
}

/** "When the Jira status is [name] → move the ticket to [state]", with its place in the order and its actions. */
export function StatusRuleRow({
  rule,
  position,
  count,
  canEdit,
  states,
  errors,
  onChange,
  onMove,
  onRemove,
}: StatusRuleRowProps) {
  const { t } = useTranslation();
  const valueId = ruleInputId(rule.key, 'value');
  const stateId = ruleInputId(rule.key, 'state');
  const number = position + 1;
  const isKnownState = rule.stateId === '' || states.some((state) => state.id === rule.stateId);
  const control = {
    'aria-invalid': errors.value ? true : undefined,
    'aria-describedby': `${valueId}-error`,
  } as const;
  return (
    <li className="status-rule">
      <span className="rule-position" aria-hidden="true">
        {number}
      </span>
      <div className="field rule-when">
        <label htmlFor={valueId}>
          {rule.kind === 'status' ? t('jira.statusMap.whenStatus') : t('jira.statusMap.whenCategory')}
        </label>
        {rule.kind === 'status' ? (
          <input
            id={valueId}
            value={rule.value}
            autoComplete="off"
            placeholder={t('jira.statusMap.statusPlaceholder')}
            {...control}
            onChange={(event) => onChange({ ...rule, value: event.target.value })}
          />
        ) : (
          <select
            id={valueId}
            value={rule.value}
            {...control}
            onChange={(e) => onChange({ ...rule, value: e.target.value })}
          >
            {JIRA_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {t(`jira.statusMap.categories.${category}`)}
              </option>
            ))}
          </select>
        )}
        <p id={`${valueId}-error`} className="field-error">
          {errors.value}
        </p>
      </div>
      <span className="rule-arrow" aria-hidden="true">
        →
      </span>
      <div className="field rule-then">
        <label htmlFor={stateId}>{t('jira.statusMap.moveTo')}</label>
        <select
          id={stateId}
          value={rule.stateId}
          aria-invalid={errors.state ? true : undefined}
          aria-describedby={`${stateId}-error`}
          onChange={(event) => onChange({ ...rule, stateId: event.target.value })}
        >
          {rule.stateId === '' ? <option value="">{t('jira.statusMap.chooseState')}</option> : null}
          {isKnownState ? null : <option value={rule.stateId}>#{rule.stateId}</option>}
          {states.map((state) => (
            <option key={state.id} value={state.id}>
              {state.label}
            </option>
          ))}
        </select>
        <p id={`${stateId}-error`} className="field-error">
          {errors.state}
        </p>
      </div>
      {canEdit ? (
        <div className="rule-actions">
          <button
            type="button"
            id={ruleInputId(rule.key, 'up')}
            className="button secondary small icon-button"
            aria-label={t('jira.statusMap.moveUp', { position: number })}
            disabled={position === 0}
            onClick={() => onMove(-1)}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            id={ruleInputId(rule.key, 'down')}
            className="button secondary small icon-button"
            aria-label={t('jira.statusMap.moveDown', { position: number })}
            disabled={position === count - 1}
            onClick={() => onMove(1)}
          >
            <span aria-hidden="true">↓</span>
          </button>
          <button
            type="button"
            className="button danger-quiet"
            aria-label={t('jira.statusMap.removeLong', { position: number })}
            onClick={onRemove}
          >
            {t('jira.statusMap.remove')}
          </button>
        </div>
      ) : null}
    </li>
  );
}
