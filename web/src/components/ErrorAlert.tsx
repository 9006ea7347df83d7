import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errorMessage.ts';

/** Always in the page, so screen readers announce the message the moment one appears. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="alert">
      {error === undefined ? null : errorMessage(t, error)}
    </div>
  );
}
