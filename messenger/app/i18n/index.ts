import type { Language } from '../../../protocol/common.ts';
import { en, type MessageKey } from './en.ts';
import { es } from './es.ts';

export const dictionaries: Record<Language, Record<MessageKey, string>> = { en, es };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** A translator for one language: `{name}` placeholders filled from `values`. */
export function translator(language: Language): Translate {
  const dictionary = dictionaries[language];
  return (key, values) =>
    dictionary[key].replace(/\{(\w+)\}/g, (match, name: string) =>
      values && name in values ? String(values[name]) : match,
    );
}

/** "5 min ago" / "hace 5 min", or "Just now". */
export function relativeTime(language: Language, seconds: number, now = Date.now()): string {
  const elapsed = Math.max(0, now / 1000 - seconds);
  if (elapsed < 60) return dictionaries[language]['time.now'];
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto', style: 'short' });
  const steps: [Intl.RelativeTimeFormatUnit, number][] = [
    ['minute', 60],
    ['hour', 3600],
    ['day', 86_400],
    ['week', 604_800],
  ];
  let unit: [Intl.RelativeTimeFormatUnit, number] = ['minute', 60];
  for (const step of steps) if (elapsed >= step[1]) unit = step;
  if (unit[0] === 'week' && elapsed >= 4 * 604_800) {
    return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short' }).format(seconds * 1000);
  }
  return format.format(-Math.floor(elapsed / unit[1]), unit[0]);
}
