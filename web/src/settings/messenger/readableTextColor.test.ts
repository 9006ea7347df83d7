import { describe, expect, it } from 'vitest';
import { readableTextColor } from './readableTextColor.ts';

describe('readableTextColor', () => {
  it('writes white on dark or saturated blue, dark on light colours', () => {
    expect(readableTextColor('#2563eb')).toBe('#ffffff');
    expect(readableTextColor('#000000')).toBe('#ffffff');
    expect(readableTextColor('#fde047')).toBe('#111827');
    expect(readableTextColor('#FFFFFF')).toBe('#111827');
  });

  it('falls back to white while the colour is half typed', () => {
    expect(readableTextColor('#12')).toBe('#ffffff');
  });
});
