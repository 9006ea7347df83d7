import { describe, expect, it } from 'vitest';
import { isPlaceholderKey, parseJiraKey } from './jiraKey.ts';

describe('parseJiraKey', () => {
  it('accepts a project key and number, in any case, trimmed', () => {
    expect(parseJiraKey(' sup-12 ')).toBe('SUP-12');
    expect(parseJiraKey('AB_2-7')).toBe('AB_2-7');
  });

  it('refuses what is not an issue key', () => {
    for (const input of ['', 'SUP', 'SUP-', 'SUP-0', '12-SUP', 'SUP 12', 'https://x.atlassian.net/browse/SUP-12']) {
      expect(parseJiraKey(input), input).toBeUndefined();
    }
  });
});

describe('isPlaceholderKey', () => {
  it('tells an issue still being created from a real key', () => {
    expect(isPlaceholderKey('new-k3j9x2aa')).toBe(true);
    expect(isPlaceholderKey('SUP-12')).toBe(false);
  });
});
