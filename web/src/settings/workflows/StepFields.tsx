import { useTranslation } from 'react-i18next';
import { DEFAULT_TEXTS, type WorkflowStep } from '../../../../protocol/workflows.ts';
import { AddTagFields, AssignTeamFields, SetPriorityFields } from './ActionStepFields.tsx';
import { BranchFields } from './BranchFields.tsx';
import { ButtonsFields } from './ButtonsFields.tsx';
import { LocalizedTextField } from './LocalizedTextField.tsx';
import { OptionalTextField } from './OptionalTextField.tsx';
import { TargetField } from './TargetField.tsx';
import { TextInputFields } from './TextInputFields.tsx';

interface StepFieldsProps {
  step: WorkflowStep;
  onChange: (step: WorkflowStep) => void;
}

/** The fields of one step, by its type. */
export function StepFields({ step, onChange }: StepFieldsProps) {
  const { t } = useTranslation();
  switch (step.type) {
    case 'message':
      return (
        <>
          <LocalizedTextField
            label={t('workflows.fields.message')}
            path={['text']}
            value={step.text}
            onChange={(text) => onChange({ ...step, text })}
          />
          <TargetField
            label={t('workflows.fields.next')}
            path={['next']}
            value={step.next}
            onChange={(next) => onChange({ ...step, next })}
          />
        </>
      );
    case 'buttons':
      return <ButtonsFields step={step} onChange={onChange} />;
    case 'text_input':
      return <TextInputFields step={step} onChange={onChange} />;
    case 'branch':
      return <BranchFields step={step} onChange={onChange} />;
    case 'add_tag':
      return <AddTagFields step={step} onChange={onChange} />;
    case 'set_priority':
      return <SetPriorityFields step={step} onChange={onChange} />;
    case 'assign_team':
      return <AssignTeamFields step={step} onChange={onChange} />;
    case 'handoff':
      return (
        <OptionalTextField
          label={t('workflows.fields.handoffText')}
          customLabel={t('workflows.customHandoff')}
          path={['text']}
          value={step.text}
          fallback={DEFAULT_TEXTS.handoff}
          onChange={(text) => onChange(text === undefined ? { type: 'handoff', id: step.id } : { ...step, text })}
        />
      );
    case 'close':
      return (
        <LocalizedTextField
          label={t('workflows.fields.closeText')}
          path={['text']}
          value={step.text}
          onChange={(text) => onChange({ ...step, text })}
        />
      );
  }
}
