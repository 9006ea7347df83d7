import { describe, expect, it } from 'vitest';
import { chooseLanguage, toLanguage } from './language.ts';

describe('the messenger language', () => {
  it('reads language tags by their primary subtag', () => {
    expect(toLanguage('es-MX')).toBe('es');
    expect(toLanguage('EN_gb')).toBe('en');
    expect(toLanguage('fr')).toBeUndefined();
    expect(toLanguage(undefined)).toBeUndefined();
  });

  it('prefers language_override, then the contact, then the browser, then the workspace', () => {
    expect(chooseLanguage({ override: 'es', contact: 'en', browser: 'en', workspace: 'en' })).toBe('es');
    expect(chooseLanguage({ override: 'fr', contact: 'es', browser: 'en', workspace: 'en' })).toBe('es');
    expect(chooseLanguage({ contact: null, browser: 'es-AR', workspace: 'en' })).toBe('es');
    expect(chooseLanguage({ browser: 'de', workspace: 'es' })).toBe('es');
  });
});
