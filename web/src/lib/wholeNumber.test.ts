import { describe, expect, it } from 'vitest';
import { parseWholeNumber } from './wholeNumber.ts';

describe('parseWholeNumber', () => {
  it('reads a whole number in range, spaces around it allowed', () => {
    expect(parseWholeNumber(' 2 ', 1, 1000)).toBe(2);
    expect(parseWholeNumber('0', 0, 120)).toBe(0);
    expect(parseWholeNumber('1000', 1, 1000)).toBe(1000);
  });

  it('refuses what is out of range, fractional, signed, empty or not a number', () => {
    for (const text of ['0', '1001', '1.5', '-1', '+2', '', '2e2', 'abc']) {
      expect(parseWholeNumber(text, 1, 1000), text).toBeUndefined();
    }
  });
});
