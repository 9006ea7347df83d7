import { describe, expect, it } from 'vitest';
import { MESSENGER_MESSAGE_PREFIX } from '../../protocol/messenger.ts';
import { isBridgeMessage, PREFIX } from './bridge.ts';
import { contrastRatio, textOn } from './contrast.ts';

describe('the loader ↔ frame messages', () => {
  it('use the protocol’s prefix', () => {
    expect(PREFIX).toBe(MESSENGER_MESSAGE_PREFIX);
  });

  it('are objects with a prefixed type and a nonce; nothing else is taken', () => {
    expect(isBridgeMessage({ type: 'charla:hello', nonce: 'n' })).toBe(true);
    expect(isBridgeMessage({ type: 'charla:hello' })).toBe(false);
    expect(isBridgeMessage({ type: 'intercom:hello', nonce: 'n' })).toBe(false);
    expect(isBridgeMessage('charla:hello')).toBe(false);
    expect(isBridgeMessage(null)).toBe(false);
  });
});

describe('textOn', () => {
  it.each(['#2563eb', '#ffd600', '#111111', '#e11d48', '#22c55e', '#ffffff', '#7c3aed', '#0ea5e9'])(
    'picks text that reads at 4.5:1 or better on %s',
    (color) => {
      expect(contrastRatio(textOn(color), color)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('puts white on dark colours and ink on light ones', () => {
    expect(textOn('#1e3a8a')).toBe('#ffffff');
    expect(textOn('#fde047')).toBe('#111827');
  });
});
