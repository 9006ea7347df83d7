import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Admin } from '../../../protocol/admins.ts';
import type { DistributionMethod } from '../../../protocol/assignment.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { FormField } from '../components/FormField.tsx';
import { useAction } from '../lib/useAction.ts';
import { parseWholeNumber } from '../lib/wholeNumber.ts';
import { TeamMethodFields } from './assignment/TeamMethodFields.tsx';

export interface TeamFormValues {
  name: string;
  admin_ids: number[];
  distribution_method: DistributionMethod;
  assignment_limit: number | null;
}

interface TeamFormProps {
  idPrefix: string;
  teammates: Admin[];
  initial?: TeamFormValues;
  submitLabel: string;
  /** The limit is only sent for balanced teams, so another method keeps the one saved. */
  onSubmit: (body: Omit<TeamFormValues, 'assignment_limit'> & { assignment_limit?: number | null }) => Promise<unknown>;
  onSaved: () => void;
  onCancel?: () => void;
  /** Put the keyboard in the name field when the form appears (editing opens it in place of the card). */
  focusOnMount?: boolean;
}

/** A team's name, its members (one checkbox per teammate), and how it hands out conversations. */
export function TeamForm(props: TeamFormProps) {
  const { idPrefix, teammates, initial, submitLabel, onSubmit, onSaved, onCancel, focusOnMount = false } = props;
  const { t } = useTranslation();
  const nameInput = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(initial?.name ?? '');
  const [memberIds, setMemberIds] = useState(() => new Set(initial?.admin_ids ?? []));
  const [method, setMethod] = useState<DistributionMethod>(initial?.distribution_method ?? 'round_robin');
  const [limit, setLimit] = useState(initial?.assignment_limit ? String(initial.assignment_limit) : '');
  const [isLimitInvalid, setIsLimitInvalid] = useState(false);
  const { run, isBusy, error } = useAction();

  useEffect(() => {
    if (focusOnMount) nameInput.current?.focus();
  }, [focusOnMount]);

  function toggle(id: number) {
    setMemberIds((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const isBalanced = method === 'balanced';
    const assignmentLimit = limit.trim() === '' ? null : parseWholeNumber(limit, 1, 1000);
    setIsLimitInvalid(isBalanced && assignmentLimit === undefined);
    if (isBalanced && assignmentLimit === undefined) {
      document.getElementById(`${idPrefix}-limit`)?.focus();
      return;
    }
    run(async () => {
      await onSubmit({
        name,
        admin_ids: [...memberIds],
        distribution_method: method,
        ...(isBalanced ? { assignment_limit: assignmentLimit } : {}),
      });
      if (!initial) {
        setName('');
        setMemberIds(new Set());
        setMethod('round_robin');
        setLimit('');
      }
      onSaved();
    });
  }

  return (
    <form onSubmit={submit} className="stack">
      <FormField label={t('teams.name')} id={`${idPrefix}-name`} className="short" isRequired>
        {(control) => <input {...control} ref={nameInput} value={name} onChange={(e) => setName(e.target.value)} />}
      </FormField>
      <fieldset className="checkbox-group">
        <legend>{t('teams.members')}</legend>
        {teammates.map((teammate) => (
          <label key={teammate.id} className="checkbox">
            <input
              type="checkbox"
              checked={memberIds.has(Number(teammate.id))}
              onChange={() => toggle(Number(teammate.id))}
            />
            {teammate.name}
          </label>
        ))}
      </fieldset>
      <TeamMethodFields
        idPrefix={idPrefix}
        method={method}
        limit={limit}
        limitError={isLimitInvalid ? t('assignment.errors.limit') : undefined}
        onMethodChange={setMethod}
        onLimitChange={(next) => {
          setLimit(next);
          setIsLimitInvalid(false);
        }}
      />
      <ErrorAlert error={error} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={isBusy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
