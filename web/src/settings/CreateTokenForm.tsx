import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessToken } from '../../../protocol/tokens.ts';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { FormField } from '../components/FormField.tsx';
import { useAction } from '../lib/useAction.ts';

export function CreateTokenForm({ onCreated }: { onCreated: (token: AccessToken) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const { run, isBusy, error } = useAction();

  function submit(event: FormEvent) {
    event.preventDefault();
    run(async () => {
      onCreated(await api.createToken(name));
      setName('');
    });
  }

  return (
    <>
      <form onSubmit={submit} className="inline-form">
        <FormField label={t('tokens.name')} id="token-name" className="grow" isRequired>
          {(control) => <input {...control} maxLength={120} value={name} onChange={(e) => setName(e.target.value)} />}
        </FormField>
        <button type="submit" className="button primary" disabled={isBusy}>
          {t('tokens.create')}
        </button>
      </form>
      <ErrorAlert error={error} />
    </>
  );
}
