import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../protocol/common.ts';
import { api } from '../api.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { FormField } from '../components/FormField.tsx';
import { LanguageField } from '../components/LanguageField.tsx';
import { useAction } from '../lib/useAction.ts';
import { useDocumentTitle } from '../lib/useDocumentTitle.ts';
import { useSignedIn } from '../session/context.ts';
import { LanguageCheckboxes } from './assignment/LanguageCheckboxes.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { InboxPreferences } from './InboxPreferences.tsx';
import { SectionHeading } from './SectionHeading.tsx';
import { TimeZoneSelect } from './TimeZoneSelect.tsx';

export function ProfileSettings() {
  const { t } = useTranslation();
  const { me, updateAdmin } = useSignedIn();
  const [name, setName] = useState(me.name);
  const [jobTitle, setJobTitle] = useState(me.job_title ?? '');
  const [language, setLanguage] = useState<Language>(me.language);
  const [timezone, setTimezone] = useState(me.timezone ?? '');
  const [languages, setLanguages] = useState<Language[]>(me.languages);
  const [isSaved, setIsSaved] = useState(false);
  const { run, isBusy, error } = useAction();
  useDocumentTitle(t('settings.profile'));

  function submit(event: FormEvent) {
    event.preventDefault();
    setIsSaved(false);
    run(async () => {
      const changes = { name, job_title: jobTitle.trim() || null, language, timezone: timezone || null, languages };
      updateAdmin(await api.updateAdmin(me.id, changes));
      setIsSaved(true);
    });
  }

  return (
    <>
      <SectionHeading title={t('settings.profile')}>
        <p className="muted">{t('profile.intro')}</p>
      </SectionHeading>
      <form onSubmit={submit} className="stack narrow card">
        <FormField label={t('profile.name')} isRequired>
          {(control) => (
            <input {...control} autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />
          )}
        </FormField>
        <FormField label={t('profile.jobTitle')}>
          {(control) => <input {...control} value={jobTitle} onChange={(e) => setJobTitle(e.target.value)} />}
        </FormField>
        <LanguageField label={t('profile.language')} value={language} onChange={setLanguage} />
        <div className="field">
          <LanguageCheckboxes
            legend={t('assignment.languages')}
            hintId="profile-languages-hint"
            value={languages}
            onChange={setLanguages}
          />
          <p id="profile-languages-hint" className="hint">
            {t('assignment.languagesHint')}
          </p>
        </div>
        <FormField label={t('profile.timezone')}>
          {(control) => (
            <TimeZoneSelect id={control.id} value={timezone} workspaceZone={me.app.timezone} onChange={setTimezone} />
          )}
        </FormField>
        <ErrorAlert error={error} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={isBusy}>
            {isBusy ? t('common.saving') : t('common.save')}
          </button>
          <p role="status" className="saved">
            {isSaved ? t('common.saved') : null}
          </p>
        </div>
      </form>
      <InboxPreferences />
      <ChangePasswordForm />
    </>
  );
}
