import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { es } from './es.ts';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [child, text] of flatten(value, path)) entries.set(child, text);
  }
  return entries;
}

const english = flatten(en);
const spanish = flatten(es);

describe('translations', () => {
  it('have exactly the same keys in English and Spanish', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty strings', () => {
    for (const [key, text] of [...english, ...spanish]) expect(text.trim(), key).not.toBe('');
  });

  it('are actually translated into Spanish for most keys', () => {
    const same = [...english].filter(([key, text]) => spanish.get(key) === text).map(([key]) => key);
    expect(same.length / english.size).toBeLessThan(0.1);
  });

  it('use the same interpolation variables in both languages', () => {
    const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    for (const [key, text] of english) expect(variables(spanish.get(key) ?? ''), key).toEqual(variables(text));
  });

  it('translate every API error code the app shows', () => {
    const codes = ['invalid_credentials', 'rate_limited', 'forbidden', 'conflict', 'last_admin', 'parameter_invalid'];
    const specific = ['current_password_invalid', 'saved_reply_name_taken', 'teammate_exists', 'invitation_exists'];
    for (const code of [...codes, ...specific, 'invitation_not_found', 'fallback']) {
      expect(english.has(`errors.${code}`), code).toBe(true);
    }
  });
});
