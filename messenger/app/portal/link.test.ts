import { describe, expect, it } from 'vitest';
import { parsePortalLink, withLanguage } from './link.ts';

describe('the signed ticket page’s address', () => {
  it('names the workspace, the ticket, the signature and the language picked', () => {
    expect(parsePortalLink({ pathname: '/t/ws1/42', search: '?s=abc_-DEF&lang=es' })).toEqual({
      workspaceId: 'ws1',
      ticketId: '42',
      signature: 'abc_-DEF',
      language: 'es',
    });
    expect(parsePortalLink({ pathname: '/t/ws1/42/', search: '?s=x&lang=fr' })?.language).toBeUndefined();
  });

  it('is nothing without a signature or with a malformed path', () => {
    expect(parsePortalLink({ pathname: '/t/ws1/42', search: '' })).toBeUndefined();
    expect(parsePortalLink({ pathname: '/t/WS/42', search: '?s=x' })).toBeUndefined();
    expect(parsePortalLink({ pathname: '/t/ws1/abc', search: '?s=x' })).toBeUndefined();
  });

  it('keeps the signature when the language changes', () => {
    expect(withLanguage('http://charla.test/t/ws1/42?s=abc', 'en')).toBe('/t/ws1/42?s=abc&lang=en');
    expect(withLanguage('http://charla.test/t/ws1/42?s=abc&lang=en', 'es')).toBe('/t/ws1/42?s=abc&lang=es');
  });
});
