import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessengerAdminSettings } from '../../../../protocol/messenger.ts';
import { api } from '../../api.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAction } from '../../lib/useAction.ts';
import { useSignedIn } from '../../session/context.ts';
import { AllowedOriginsField } from './AllowedOriginsField.tsx';
import { ColorField } from './ColorField.tsx';
import { GREETING_MAX, GreetingFields } from './GreetingFields.tsx';
import { IdentityVerificationCard } from './IdentityVerificationCard.tsx';
import { MessengerPreview } from './MessengerPreview.tsx';
import {
  checkForm,
  formFromSettings,
  type MessengerField,
  type MessengerFieldProblem,
  type MessengerForm,
  problemFromError,
  requestFromForm,
} from './messengerForm.ts';

const INPUT_IDS: Record<MessengerField, string> = {
  primaryColor: 'messenger-primary-color',
  launcherColor: 'messenger-launcher-color',
  greetingEn: 'messenger-greeting-en',
  greetingEs: 'messenger-greeting-es',
  origins: 'messenger-origins',
};

interface MessengerSettingsFormProps {
  settings: MessengerAdminSettings;
  onSettings: (settings: MessengerAdminSettings) => void;
}

/** Everything Save sends: identity verification, colours, greeting and allowed websites. */
export function MessengerSettingsForm({ settings, onSettings }: MessengerSettingsFormProps) {
  const { t } = useTranslation();
  const { me } = useSignedIn();
  const [form, setForm] = useState<MessengerForm>(() => formFromSettings(settings));
  const [problems, setProblems] = useState<MessengerFieldProblem[]>([]);
  const [isSaved, setIsSaved] = useState(false);
  const [isRotated, setIsRotated] = useState(false);
  const save = useAction();
  const rotate = useAction();

  const change = (changes: Partial<MessengerForm>) => {
    setForm((current) => ({ ...current, ...changes }));
    setIsSaved(false);
  };

  function messageFor(field: MessengerField): string | undefined {
    const problem = problems.find((candidate) => candidate.field === field);
    if (!problem) return undefined;
    switch (field) {
      case 'primaryColor':
      case 'launcherColor':
        return t('messenger.errors.color');
      case 'greetingEn':
      case 'greetingEs':
        return t('messenger.errors.greeting', { max: GREETING_MAX });
      case 'origins':
        return problem.origin
          ? t('messenger.errors.origin', { origin: problem.origin })
          : t('messenger.errors.origins');
    }
  }

  function showProblems(found: MessengerFieldProblem[]) {
    setProblems(found);
    const first = found[0];
    if (first) document.getElementById(INPUT_IDS[first.field])?.focus();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setIsSaved(false);
    const found = checkForm(form);
    showProblems(found);
    if (found.length > 0) return;
    save.run(async () => {
      try {
        const saved = await api.updateMessengerSettings(requestFromForm(form));
        onSettings(saved);
        setForm(formFromSettings(saved));
        setIsSaved(true);
      } catch (failure) {
        const problem = problemFromError(failure, form);
        if (!problem) throw failure;
        showProblems([problem]);
      }
    });
  }

  function rotateSecret() {
    setIsRotated(false);
    rotate.run(async () => {
      onSettings(await api.rotateIdentitySecret());
      setIsRotated(true);
    });
  }

  return (
    <form className="messenger-form" onSubmit={submit} noValidate>
      <section className="card" aria-labelledby="appearance-title">
        <h3 id="appearance-title">{t('messenger.appearanceTitle')}</h3>
        <div className="appearance-layout">
          <div className="stack">
            <div className="color-fields">
              <ColorField
                id={INPUT_IDS.primaryColor}
                label={t('messenger.primaryColor')}
                pickerLabel={t('messenger.pickPrimaryColor')}
                value={form.primaryColor}
                error={messageFor('primaryColor')}
                onChange={(primaryColor) => change({ primaryColor })}
              />
              <ColorField
                id={INPUT_IDS.launcherColor}
                label={t('messenger.launcherColor')}
                pickerLabel={t('messenger.pickLauncherColor')}
                value={form.launcherColor}
                error={messageFor('launcherColor')}
                onChange={(launcherColor) => change({ launcherColor })}
              />
            </div>
            <GreetingFields
              value={form.greeting}
              onChange={(greeting) => change({ greeting })}
              errors={{ en: messageFor('greetingEn'), es: messageFor('greetingEs') }}
            />
          </div>
          <MessengerPreview
            workspaceName={me.app.name}
            primaryColor={form.primaryColor}
            launcherColor={form.launcherColor}
            greeting={form.greeting}
          />
        </div>
      </section>
      <IdentityVerificationCard
        isRequired={form.identityVerification}
        onRequiredChange={(identityVerification) => change({ identityVerification })}
        secret={settings.identity_secret}
        onRotate={rotateSecret}
        isRotating={rotate.isBusy}
        isRotated={isRotated}
      />
      <ErrorAlert error={rotate.error} />
      <AllowedOriginsField
        value={form.origins}
        onChange={(origins) => change({ origins })}
        error={messageFor('origins')}
      />
      <div className="save-bar">
        <button type="submit" className="button primary" disabled={save.isBusy}>
          {save.isBusy ? t('common.saving') : t('common.save')}
        </button>
        <p role="status" className="saved">
          {isSaved ? t('common.saved') : null}
        </p>
        <p role="alert" className="field-error">
          {problems.length > 0 ? t('messenger.fixProblems') : null}
        </p>
      </div>
      <ErrorAlert error={save.error} />
    </form>
  );
}
