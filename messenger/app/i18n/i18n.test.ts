import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { es } from './es.ts';
import { relativeTime, translator } from './index.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the messenger’s dictionaries', () => {
  it('have every key in English and Spanish, none empty', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of [...Object.entries(en), ...Object.entries(es)]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(es[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('are really translated (Spanish differs from English except for shared words)', () => {
    const same = (Object.keys(en) as (keyof typeof en)[]).filter((key) => en[key] === es[key]);
    // "Bot", "Ticket" and "No" are Spanish words too.
    expect(same).toEqual(['thread.bot', 'nav.tickets', 'tickets.title', 'ticket.number', 'ticket.no']);
  });
});

describe('translator', () => {
  it('fills placeholders', () => {
    expect(translator('es')('thread.typing', { name: 'Ana' })).toBe('Ana está escribiendo…');
    expect(translator('en')('thread.typing', { name: 'Ana' })).toBe('Ana is typing…');
  });
});

describe('relativeTime', () => {
  const now = 1_800_000_000_000;
  it('says just now, then minutes, hours and days ago', () => {
    expect(relativeTime('en', now / 1000 - 10, now)).toBe('Just now');
    expect(relativeTime('es', now / 1000 - 300, now)).toBe('hace 5 min');
    expect(relativeTime('en', now / 1000 - 7200, now)).toBe('2 hr. ago');
  });
});
