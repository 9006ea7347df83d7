import { type MentionNames, safeHref, segmentText } from './messageText.ts';

const NO_LINKS_INSIDE = new Set(['A', 'CODE', 'PRE']);

function isInside(node: Node, tags: Set<string>): boolean {
  for (let parent = node.parentElement; parent; parent = parent.parentElement) {
    if (tags.has(parent.tagName)) return true;
  }
  return false;
}

/** Every link opens in a new tab without a handle on this one; one to anything but http(s) or mailto goes dead. */
function secureLink(link: HTMLAnchorElement, href: string | undefined): void {
  if (href) link.setAttribute('href', href);
  else link.removeAttribute('href');
  link.setAttribute('rel', 'noopener noreferrer');
  link.setAttribute('target', '_blank');
}

function hrefOf(link: HTMLAnchorElement): string | undefined {
  const href = link.getAttribute('href')?.trim() ?? '';
  return /^mailto:/i.test(href) ? href : safeHref(href);
}

function fragmentOf(text: string, names: MentionNames, withLinks: boolean): DocumentFragment | undefined {
  const segments = segmentText(text, names, withLinks);
  if (segments.every((segment) => segment.kind === 'text')) return undefined;
  const fragment = document.createDocumentFragment();
  for (const segment of segments) {
    if (segment.kind === 'text') {
      fragment.append(segment.text);
    } else if (segment.kind === 'link') {
      const link = document.createElement('a');
      link.textContent = segment.text;
      secureLink(link, segment.href);
      fragment.append(link);
    } else {
      const mention = document.createElement('span');
      mention.className = segment.isMine ? 'mention is-mine' : 'mention';
      mention.textContent = segment.text;
      fragment.append(mention);
    }
  }
  return fragment;
}

/**
 * The server's sanitized message HTML, made for reading: web addresses written as text become links, every link
 * opens safely in a new tab, and teammates' @mentions stand out (the reader's own more). Parsed in an inert
 * <template> and rebuilt with DOM nodes, so no text ever becomes markup.
 */
export function enhanceMessageHtml(html: string, names: MentionNames): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  const walker = document.createTreeWalker(template.content, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  for (const text of texts) {
    const fragment = fragmentOf(text.data, names, !isInside(text, NO_LINKS_INSIDE));
    if (fragment) text.replaceWith(fragment);
  }
  for (const link of template.content.querySelectorAll('a')) secureLink(link, hrefOf(link));
  return template.innerHTML;
}
