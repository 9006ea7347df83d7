import { describe, expect, it } from 'vitest';
import { sanitizeBody } from './sanitize.ts';

describe('sanitizing message bodies', () => {
  it('opens links in a new tab without handing them the page (rel and target set by us, whatever was sent)', () => {
    const link = sanitizeBody('<a href="https://example.com/a" target="_self" rel="opener">a</a>') ?? '';
    expect(link).toContain('href="https://example.com/a"');
    expect(link).toContain('target="_blank"');
    expect(link).toContain('rel="noopener noreferrer nofollow"');
  });

  it('drops script, handlers and javascript: links in any spelling', () => {
    const body = sanitizeBody(
      '<p onclick="x()">Hi<script>alert(1)</script><a href=" JaVaScRiPt:alert(2)">x</a><a href="data:text/html,1">y</a></p>',
    );
    expect(body).not.toMatch(/script|onclick|javascript|data:|href/i);
    expect(body).toMatch(/^<p>Hi<a [^>]+>x<\/a><a [^>]+>y<\/a><\/p>$/);
  });

  it('answers a body seen before (kept results) exactly as the first time, and long bodies too', () => {
    const hostile = '<p>Again<img src=x onerror="alert(1)"><script>alert(2)</script></p>';
    const first = sanitizeBody(hostile);
    expect(first).toBe('<p>Again</p>');
    expect(sanitizeBody(hostile)).toBe(first);
    const long = `<p>${'a'.repeat(9000)}<script>x()</script></p>`;
    expect(sanitizeBody(long)).toBe(`<p>${'a'.repeat(9000)}</p>`);
    expect(sanitizeBody(long)).toBe(`<p>${'a'.repeat(9000)}</p>`);
  });
});
