import { badgeText, type LoaderLanguage, launcherLabel } from './labels.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** A speech bubble (closed) and a chevron (open). */
const ICONS = {
  open: 'M12 3C6.5 3 2 6.9 2 11.7c0 2.6 1.3 4.9 3.4 6.5L4.6 22l4.5-2.4c.9.2 1.9.3 2.9.3 5.5 0 10-3.9 10-8.7S17.5 3 12 3Z',
  close: 'M6.7 8.3 12 13.6l5.3-5.3 1.4 1.4-6.7 6.7-6.7-6.7 1.4-1.4Z',
};

function icon(path: string, className: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', className);
  const shape = document.createElementNS(SVG, 'path');
  shape.setAttribute('d', path);
  svg.append(shape);
  return svg;
}

export interface Launcher {
  element: HTMLButtonElement;
  render: (state: { language: LoaderLanguage; isOpen: boolean; unread: number }) => void;
}

/** The round button in the corner: opens and closes the messenger, and shows the unread count. */
export function createLauncher(onClick: () => void): Launcher {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = 'charla-launcher';
  const badge = document.createElement('span');
  badge.className = 'charla-badge';
  badge.setAttribute('aria-hidden', 'true');
  element.append(icon(ICONS.open, 'charla-icon-open'), icon(ICONS.close, 'charla-icon-close'), badge);
  element.addEventListener('click', onClick);
  return {
    element,
    render({ language, isOpen, unread }) {
      element.setAttribute('aria-label', launcherLabel(language, isOpen, unread));
      element.setAttribute('aria-expanded', String(isOpen));
      badge.textContent = badgeText(unread);
      badge.hidden = unread === 0;
    },
  };
}
