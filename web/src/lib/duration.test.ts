import { describe, expect, it } from 'vitest';
import { formatDuration, largestUnit } from './duration.ts';

describe('time waiting', () => {
  it('uses the largest whole unit', () => {
    expect(largestUnit(59)).toEqual({ value: 59, unit: 'second' });
    expect(largestUnit(125)).toEqual({ value: 2, unit: 'minute' });
    expect(largestUnit(3 * 3600 + 59 * 60)).toEqual({ value: 3, unit: 'hour' });
    expect(largestUnit(2 * 86_400)).toEqual({ value: 2, unit: 'day' });
    expect(largestUnit(15 * 86_400)).toEqual({ value: 2, unit: 'week' });
  });

  it('reads in the teammate’s language', () => {
    expect(formatDuration(300, 'en', 'long')).toBe('5 minutes');
    expect(formatDuration(300, 'es', 'long')).toBe('5 minutos');
    expect(formatDuration(7200, 'es', 'long')).toBe('2 horas');
  });

  it('keeps a space between the number and a Spanish unit in the compact form', () => {
    expect(formatDuration(15 * 60, 'es', 'narrow')).toBe('15 min');
    expect(formatDuration(2 * 3600, 'es', 'narrow')).toBe('2 h');
    expect(formatDuration(15 * 60, 'en', 'narrow')).toBe('15m');
  });
});
