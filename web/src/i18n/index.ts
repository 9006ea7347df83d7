import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../protocol/common.ts';
import { en } from './en.ts';
import { es } from './es.ts';

export const LANGUAGES: readonly Language[] = ['en', 'es'];

const STORAGE_KEY = 'charla.language';

export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'es';
}

function savedLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Before sign-in: the last language chosen on this device, else the browser's. */
export function detectLanguage(): Language {
  const saved = savedLanguage();
  if (isLanguage(saved)) return saved;
  const preferred = navigator.languages?.[0] ?? navigator.language ?? 'en';
  return preferred.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export function initI18n(language: Language): void {
  i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, es: { translation: es } },
    lng: language,
    fallbackLng: 'en',
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = language;
}

/** Switches the UI now and remembers the choice on this device (for the sign-in page). */
export function applyLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode may refuse storage; the UI still switches.
  }
  document.documentElement.lang = language;
  if (i18next.language !== language) void i18next.changeLanguage(language);
}
