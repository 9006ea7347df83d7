import { describe, expect, it } from 'vitest';
import { unconfirmed } from './outbox.ts';
import type { PendingMessage } from './state.ts';
import { buildPart } from './test-parts.ts';

const pending = (overrides: Partial<PendingMessage> = {}): PendingMessage => ({
  key: 'k1',
  conversationId: '10',
  body: 'Mi pedido no llegó',
  status: 'sending',
  createdAt: 1_800_000_000_000,
  ...overrides,
});

describe('unconfirmed', () => {
  it('shows a message being sent in its own conversation only', () => {
    expect(unconfirmed([pending(), pending({ key: 'k2', conversationId: '11' })], '10', [])).toHaveLength(1);
    expect(unconfirmed([pending({ conversationId: null })], null, [])).toHaveLength(1);
  });

  it('stops showing it once its part arrived over the socket, before the send answered', () => {
    const part = buildPart({
      author: { type: 'user', name: null },
      body: '<p>Mi pedido no llegó</p>',
      created_at: 1_800_000_001,
    });
    expect(unconfirmed([pending()], '10', [part])).toEqual([]);
  });

  it('keeps it when only an older message said the same, or the team did', () => {
    const older = buildPart({
      author: { type: 'user', name: null },
      body: '<p>Mi pedido no llegó</p>',
      created_at: 1_799_000_000,
    });
    const team = buildPart({
      author: { type: 'admin', name: 'Ana' },
      body: '<p>Mi pedido no llegó</p>',
      created_at: 1_800_000_001,
    });
    expect(unconfirmed([pending()], '10', [older, team])).toHaveLength(1);
  });
});
