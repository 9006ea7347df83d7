/**
 * The zones a bilingual (Spanish/English) team picks most, offered before the full list; each with the key of
 * its city's name under `profile.zoneCities`.
 */
export const COMMON_ZONES = [
  ['Europe/Madrid', 'madrid'],
  ['America/Mexico_City', 'mexicoCity'],
  ['America/Bogota', 'bogota'],
  ['America/Buenos_Aires', 'buenosAires'],
  ['America/Santiago', 'santiago'],
  ['America/Lima', 'lima'],
  ['America/New_York', 'newYork'],
  ['America/Chicago', 'chicago'],
  ['America/Los_Angeles', 'losAngeles'],
  ['Europe/London', 'london'],
  ['UTC', 'utc'],
] as const;

export type ZoneCity = (typeof COMMON_ZONES)[number][1];

/** "GMT-5", "GMT+2": the zone's offset now, as `language` writes it; "" where the browser has no name for it. */
export function zoneOffset(zone: string, language: string, now = new Date()): string {
  try {
    const parts = new Intl.DateTimeFormat(language, { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(now);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

/** An IANA id read as words: "America/Argentina/Buenos_Aires" → "America / Argentina / Buenos Aires". */
export function zoneWords(zone: string): string {
  return zone.replaceAll('_', ' ').replaceAll('/', ' / ');
}

/** Every zone the browser knows, the ones already shown first left out, sorted by id (continent, then city). */
export function otherZones(shown: readonly string[], current: string): string[] {
  const all = Intl.supportedValuesOf('timeZone');
  const withCurrent = current && !all.includes(current) ? [current, ...all] : all;
  return withCurrent.filter((zone) => !shown.includes(zone));
}
