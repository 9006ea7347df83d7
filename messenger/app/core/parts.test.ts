import { describe, expect, it } from 'vitest';
import {
  applyPart,
  markRead,
  mergeList,
  mergeParts,
  plainText,
  summarize,
  totalUnread,
  upsertConversation,
} from './parts.ts';
import { buildConversation, buildPart } from './test-parts.ts';

describe('mergeParts', () => {
  it('keeps each part once, whether it came in the send’s answer, over the socket, or both', () => {
    const fromSend = [buildPart({ id: '1' }), buildPart({ id: '2', created_at: 1_800_000_001 })];
    const fromSocket = [buildPart({ id: '2', created_at: 1_800_000_001 })];
    expect(mergeParts(fromSend, fromSocket).map((part) => part.id)).toEqual(['1', '2']);
  });

  it('puts the conversation’s opening message before the bot’s answer of the same second', () => {
    const parts = [buildPart({ id: '7', created_at: 5 }), buildPart({ id: 'source-3', created_at: 5 })];
    expect(mergeParts([], parts).map((part) => part.id)).toEqual(['source-3', '7']);
  });

  it('orders by time, then by id for parts of the same second', () => {
    const parts = [
      buildPart({ id: '12', created_at: 5 }),
      buildPart({ id: '3', created_at: 5 }),
      buildPart({ id: '1', created_at: 9 }),
    ];
    expect(mergeParts([], parts).map((part) => part.id)).toEqual(['3', '12', '1']);
  });
});

describe('applyPart', () => {
  const list = [buildConversation({ id: '10' }), buildConversation({ id: '11', updated_at: 1_700_000_000 })];

  it('counts a team message in a conversation the customer is not looking at as unread', () => {
    const next = applyPart(list, buildPart({ conversation_id: '11', created_at: 1_800_000_100 }), 'open', false);
    expect(next?.[0]).toMatchObject({ id: '11', unread_count: 1, last_part_preview: 'Hola' });
    expect(totalUnread(next ?? [])).toBe(1);
  });

  it('does not count it while the customer looks at that conversation', () => {
    const next = applyPart(list, buildPart({ conversation_id: '10' }), 'open', true);
    expect(totalUnread(next ?? [])).toBe(0);
  });

  it('does not count the customer’s own messages, nor notices', () => {
    const own = applyPart(list, buildPart({ author: { type: 'user', name: null } }), 'open', false);
    const closed = applyPart(list, buildPart({ part_type: 'close', body: null }), 'closed', false);
    expect(totalUnread(own ?? [])).toBe(0);
    expect(totalUnread(closed ?? [])).toBe(0);
    expect(closed?.find((item) => item.id === '10')?.state).toBe('closed');
  });

  it('counts the bot’s questions as unread like a teammate’s replies', () => {
    const next = applyPart(list, buildPart({ author: { type: 'bot', name: 'Bot' } }), 'open', false);
    expect(totalUnread(next ?? [])).toBe(1);
  });

  it('is undefined for a conversation the list does not have (fetch the list)', () => {
    expect(applyPart(list, buildPart({ conversation_id: '99' }), 'open', false)).toBeUndefined();
  });
});

describe('markRead', () => {
  it('clears one conversation’s count', () => {
    const list = [buildConversation({ id: '1', unread_count: 2 }), buildConversation({ id: '2', unread_count: 1 })];
    expect(totalUnread(markRead(list, '1'))).toBe(1);
  });
});

describe('upsertConversation', () => {
  it('keeps the list without parts, newest activity first', () => {
    const list = [buildConversation({ id: '1', updated_at: 10 }), buildConversation({ id: '2', updated_at: 5 })];
    const next = upsertConversation(list, buildConversation({ id: '2', updated_at: 20, parts: [buildPart()] }));
    expect(next.map((item) => item.id)).toEqual(['2', '1']);
    expect(next[0]?.parts).toBeUndefined();
  });
});

describe('plainText', () => {
  it('makes one line of text out of sanitized HTML', () => {
    expect(plainText('<p>Hola &amp; bienvenida</p><p>¿Qué tal?<br>Bien</p>')).toBe('Hola & bienvenida ¿Qué tal? Bien');
  });
});

describe('mergeList', () => {
  it('keeps the bot’s state of a conversation already opened, which the list does not carry', () => {
    const bot = { status: 'waiting' as const, step_id: 's1', input: 'buttons' as const, buttons: [] };
    const next = mergeList(
      [buildConversation({ id: '1', bot })],
      [buildConversation({ id: '1' }), buildConversation({ id: '2' })],
    );
    expect(next.map((item) => item.bot)).toEqual([bot, null]);
  });
});

describe('summarize', () => {
  it('takes the preview and its author from the thread’s last message', () => {
    const thread = [
      buildPart({ id: '1', author: { type: 'user', name: null }, body: '<p>Hola</p>' }),
      buildPart({ id: '2', part_type: 'close', body: null }),
    ];
    const conversation = summarize(buildConversation({ last_part_preview: null, last_part_author: null }), thread);
    expect(conversation).toMatchObject({ last_part_preview: 'Hola', last_part_author: { type: 'user', name: null } });
  });
});
