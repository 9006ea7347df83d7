import type { Language } from '../../../protocol/common.ts';

/** 'es', 'es-MX', 'ES_es' → 'es'; anything we do not speak → undefined. */
export function toLanguage(tag: string | null | undefined): Language | undefined {
  const primary = tag?.trim().toLowerCase().slice(0, 2);
  return primary === 'es' || primary === 'en' ? primary : undefined;
}

/**
 * The messenger's language, and the bot's: `language_override` from the page, then the identified
 * contact's own language, then the browser's, then the workspace's default.
 */
export function chooseLanguage(choices: {
  override?: string;
  contact?: string | null;
  browser?: string;
  workspace: Language;
}): Language {
  return (
    toLanguage(choices.override) ?? toLanguage(choices.contact) ?? toLanguage(choices.browser) ?? choices.workspace
  );
}
