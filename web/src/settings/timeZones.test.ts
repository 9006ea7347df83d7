import { describe, expect, it } from 'vitest';
import { COMMON_ZONES, otherZones, zoneOffset, zoneWords } from './timeZones.ts';

const COMMON_IDS: readonly string[] = COMMON_ZONES.map(([zone]) => zone);

describe('time zones offered to a teammate', () => {
  it('starts with zones every browser accepts, each with its offset now', () => {
    const january = new Date('2026-01-15T12:00:00Z');
    for (const zone of COMMON_IDS) expect(() => new Intl.DateTimeFormat('en', { timeZone: zone })).not.toThrow();
    expect(zoneOffset('America/Bogota', 'es', january)).toBe('GMT-5');
    expect(zoneOffset('Europe/Madrid', 'en', january)).toBe('GMT+1');
    expect(zoneOffset('Not/AZone', 'en', january)).toBe('');
  });

  it('lists the rest after them, without repeating one, keeping a saved zone the browser does not list', () => {
    const rest = otherZones(COMMON_IDS, 'Mars/Olympus_Mons');
    expect(rest[0]).toBe('Mars/Olympus_Mons');
    expect(rest).toContain('Asia/Tokyo');
    expect(rest.filter((zone) => COMMON_IDS.includes(zone))).toEqual([]);
  });

  it('reads an id as words', () => {
    expect(zoneWords('America/Argentina/Buenos_Aires')).toBe('America / Argentina / Buenos Aires');
  });
});
