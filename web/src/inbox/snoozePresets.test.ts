import { describe, expect, it } from 'vitest';
import { localInputToUnix, snoozePresets } from './snoozePresets.ts';

describe('snoozePresets', () => {
  // Wednesday 2026-11-25 22:30 in Madrid (UTC+1).
  const now = new Date('2026-11-25T21:30:00Z');

  it('puts later today three hours ahead', () => {
    expect(snoozePresets(now, 'Europe/Madrid').laterToday).toBe(now.getTime() / 1000 + 3 * 3600);
  });

  it('wakes tomorrow and next Monday at 9:00 in the teammate’s zone', () => {
    const presets = snoozePresets(now, 'Europe/Madrid');
    expect(new Date(presets.tomorrow * 1000).toISOString()).toBe('2026-11-26T08:00:00.000Z');
    expect(new Date(presets.nextWeek * 1000).toISOString()).toBe('2026-11-30T08:00:00.000Z');
  });

  it('uses the zone’s date, not UTC’s, near midnight', () => {
    const presets = snoozePresets(new Date('2026-11-26T03:00:00Z'), 'America/Mexico_City');
    expect(new Date(presets.tomorrow * 1000).toISOString()).toBe('2026-11-26T15:00:00.000Z');
  });

  it('reads a custom date-time in the teammate’s zone', () => {
    expect(localInputToUnix('2026-07-01T09:30', 'Europe/Madrid')).toBe(Date.parse('2026-07-01T07:30:00Z') / 1000);
    expect(localInputToUnix('', 'Europe/Madrid')).toBeUndefined();
  });
});
