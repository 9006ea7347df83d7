import { describe, expect, it } from 'vitest';
import { chooseLanguage, toLanguage } from './language.ts';

describe('chooseLanguage', () => {
  it('takes language_override when it is English or Spanish, regional tags included', () => {
    expect(chooseLanguage('es-MX', 'en')).toBe('es');
    expect(chooseLanguage('EN_gb', 'es')).toBe('en');
  });

  it('falls back to the server’s choice for any other override', () => {
    expect(chooseLanguage('fr', 'es')).toBe('es');
    expect(chooseLanguage(undefined, 'es')).toBe('es');
  });

  it('uses the browser’s language before boot, else English', () => {
    expect(chooseLanguage(undefined, undefined, 'es-AR')).toBe('es');
    expect(chooseLanguage(undefined, undefined, 'de-DE')).toBe('en');
  });
});

describe('toLanguage', () => {
  it('reads only the language of a tag', () => {
    expect(toLanguage('es')).toBe('es');
    expect(toLanguage('espanol')).toBeUndefined();
    expect(toLanguage(null)).toBeUndefined();
  });
});
