export type DurationUnit = 'second' | 'minute' | 'hour' | 'day' | 'week';

const UNITS: [DurationUnit, number][] = [
  ['week', 604_800],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/** The largest whole unit of a duration, as inbox lists show time waiting: "3d", "2h", "5m", "now" under a minute. */
export function largestUnit(seconds: number): { value: number; unit: DurationUnit } {
  for (const [unit, size] of UNITS) {
    if (seconds >= size) return { value: Math.floor(seconds / size), unit };
  }
  return { value: Math.max(0, Math.floor(seconds)), unit: 'second' };
}

/** Spanish narrow units run into the number ("15min", "2sem"); its short ones read as people write them. */
const COMPACT_DISPLAY: Record<string, 'narrow' | 'short'> = { es: 'short' };

/** Formats a duration in a language, e.g. `5m` / `5 min` (narrow) or `5 minutes` / `5 minutos` (long). */
export function formatDuration(seconds: number, language: string, display: 'narrow' | 'long'): string {
  const { value, unit } = largestUnit(seconds);
  const unitDisplay = display === 'narrow' ? (COMPACT_DISPLAY[language.slice(0, 2)] ?? 'narrow') : display;
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay }).format(value);
}
