import { useTranslation } from 'react-i18next';
import type { DistributionMethod } from '../../../../protocol/assignment.ts';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import { NumberField } from './NumberField.tsx';

export const DISTRIBUTION_METHODS: readonly DistributionMethod[] = ['round_robin', 'balanced', 'manual'];

interface TeamMethodFieldsProps {
  idPrefix: string;
  method: DistributionMethod;
  /** The per-teammate limit as typed; `''` for none. Asked for balanced teams only. */
  limit: string;
  limitError?: string;
  onMethodChange: (method: DistributionMethod) => void;
  onLimitChange: (limit: string) => void;
}

/** How a team hands out its conversations and, when balanced, how many each member may hold. */
export function TeamMethodFields(props: TeamMethodFieldsProps) {
  const { idPrefix, method, limit, limitError, onMethodChange, onLimitChange } = props;
  const { t } = useTranslation();
  return (
    <>
      <ChoiceGroup
        legend={t('assignment.methodLegend')}
        value={method}
        onChange={onMethodChange}
        choices={DISTRIBUTION_METHODS.map((value) => ({
          value,
          label: t(`assignment.method.${value}`),
          hint: t(`assignment.method.${value}Hint`),
        }))}
      />
      {method === 'balanced' ? (
        <NumberField
          id={`${idPrefix}-limit`}
          label={t('assignment.limit')}
          hint={t('assignment.limitHint')}
          value={limit}
          error={limitError}
          onChange={onLimitChange}
        />
      ) : null}
    </>
  );
}
