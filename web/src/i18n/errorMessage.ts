import type { TFunction } from 'i18next';
import { ApiError } from '../api.ts';
import { en } from './en.ts';

type TranslatedCode = Exclude<keyof typeof en.errors, 'parameter_invalid_field' | 'fallback'>;
type FieldName = keyof typeof en.fields;

/** Codes that mean the same thing to the person reading them. */
const SAME_AS: Record<string, TranslatedCode> = {
  parameter_not_found: 'parameter_invalid',
  invalid_json: 'parameter_invalid',
  csrf_token_invalid: 'unauthorized',
  admin_not_found: 'not_found',
  team_not_found: 'not_found',
  token_not_found: 'not_found',
  saved_reply_not_found: 'not_found',
  conversation_not_found: 'not_found',
  contact_not_found: 'not_found',
  tag_not_found: 'not_found',
  workflow_not_found: 'not_found',
};

const isTranslatedCode = (code: string): code is TranslatedCode => code in en.errors && code !== 'fallback';
const isFieldName = (field: string | undefined): field is FieldName => field !== undefined && field in en.fields;

/** A translated sentence for any error an API call can throw. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.fallback');
  const code = SAME_AS[error.code] ?? error.code;
  if (code === 'parameter_invalid' && isFieldName(error.field)) {
    return t('errors.parameter_invalid_field', { field: t(`fields.${error.field}`) });
  }
  return isTranslatedCode(code) ? t(`errors.${code}`) : t('errors.fallback');
}
