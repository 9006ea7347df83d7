import { describe, expect, it } from 'vitest';
import { safeHref, segmentText } from './messageText.ts';

const names = { names: ['Luis Pérez', 'Luis', 'Ana García', 'Ana'], mine: ['Ana García', 'Ana'] };
const none = { names: [], mine: [] };

describe('links in a message', () => {
  it('links web addresses, leaving the sentence’s punctuation out', () => {
    expect(segmentText('See https://example.com/a?b=1&c=2. Or (www.acme.es)!', none)).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://example.com/a?b=1&c=2', href: 'https://example.com/a?b=1&c=2' },
      { kind: 'text', text: '. Or (' },
      { kind: 'link', text: 'www.acme.es', href: 'https://www.acme.es/' },
      { kind: 'text', text: ')!' },
    ]);
  });

  it('never links another scheme', () => {
    expect(segmentText('javascript:alert(1) data:text/html,x vbscript:x', none)).toEqual([
      { kind: 'text', text: 'javascript:alert(1) data:text/html,x vbscript:x' },
    ]);
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('JAVASCRIPT:alert(1)')).toBeUndefined();
    expect(safeHref('https://ok.example/x')).toBe('https://ok.example/x');
  });

  it('does not link inside an existing link', () => {
    expect(segmentText('https://example.com', none, false)).toEqual([{ kind: 'text', text: 'https://example.com' }]);
  });
});

describe('mentions in a message', () => {
  it('marks teammates’ mentions, the longest name first, and mine as mine', () => {
    expect(segmentText('@Luis Pérez y @ana: mirad', names)).toEqual([
      { kind: 'mention', text: '@Luis Pérez', isMine: false },
      { kind: 'text', text: ' y ' },
      { kind: 'mention', text: '@ana', isMine: true },
      { kind: 'text', text: ': mirad' },
    ]);
  });

  it('ignores emails, longer words and names that are not teammates', () => {
    expect(segmentText('soporte@ana.com @Anabel @Pedro', names)).toEqual([
      { kind: 'text', text: 'soporte@ana.com @Anabel @Pedro' },
    ]);
  });
});
