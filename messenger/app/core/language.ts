import type { Language } from '../../../protocol/common.ts';

const LANGUAGES: readonly Language[] = ['en', 'es'];

/** en or es for a tag such as `es-MX`; undefined for anything else. */
export function toLanguage(tag: string | null | undefined): Language | undefined {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((language) => language === base);
}

/**
 * The messenger's language: `language_override` when it names en or es; otherwise the server's choice (which
 * weighs the contact's language, the browser's and the workspace default); before boot, the browser's.
 */
export function chooseLanguage(
  override: string | undefined,
  serverChoice: Language | undefined,
  browser?: string,
): Language {
  return toLanguage(override) ?? serverChoice ?? toLanguage(browser) ?? 'en';
}
