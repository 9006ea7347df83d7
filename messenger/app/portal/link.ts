import type { Language } from '../../../protocol/common.ts';
import { toLanguage } from '../core/language.ts';

/** What the signed page's address says: `/t/<workspace>/<ticket>?s=<signature>&lang=<en|es>`. */
export interface PortalLink {
  workspaceId: string;
  ticketId: string;
  signature: string;
  /** The language the customer picked on the page, if any. */
  language: Language | undefined;
}

export function parsePortalLink(location: { pathname: string; search: string }): PortalLink | undefined {
  const match = /^\/t\/([a-z0-9]{1,40})\/(\d{1,15})\/?$/.exec(location.pathname);
  const query = new URLSearchParams(location.search);
  const signature = query.get('s');
  if (!match?.[1] || !match[2] || !signature) return undefined;
  return { workspaceId: match[1], ticketId: match[2], signature, language: toLanguage(query.get('lang')) };
}

/** The page's address with the language picked, so a reload (or a shared link) keeps it. */
export function withLanguage(href: string, language: Language): string {
  const url = new URL(href);
  url.searchParams.set('lang', language);
  return `${url.pathname}${url.search}`;
}
