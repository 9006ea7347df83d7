import { describe, expect, it } from 'vitest';
import type { CharlaEvent } from '../../../protocol/events.ts';
import { attentionHref, attentionOf } from './attentionEvents.ts';

const NOW = 1_800_000_000;

function event(topic: CharlaEvent['topic'], data: Record<string, unknown>, createdAt = NOW): CharlaEvent {
  return { type: 'event', id: 1, topic, conversation_id: '42', contact_id: '7', created_at: createdAt, data };
}

const assignment = (to: string, author: { type: string; id: string | null; name: string | null }) =>
  event('conversation.part.created', {
    part: { part_type: 'assignment', assigned_to: { type: 'admin', id: to }, author: { ...author, email: null } },
  });

describe('what asks for my attention', () => {
  it('is a conversation assigned to me by a teammate or the rules', () => {
    expect(attentionOf(assignment('4', { type: 'admin', id: '1', name: 'Luis' }), '4', NOW)).toEqual({
      kind: 'assigned',
      conversationId: '42',
      byName: 'Luis',
    });
    expect(attentionOf(assignment('4', { type: 'bot', id: null, name: null }), '4', NOW)).toMatchObject({
      byName: null,
    });
  });

  it('is not my own assignment, nor one to someone else', () => {
    expect(attentionOf(assignment('4', { type: 'admin', id: '4', name: 'Me' }), '4', NOW)).toBeUndefined();
    expect(attentionOf(assignment('5', { type: 'admin', id: '1', name: 'Luis' }), '4', NOW)).toBeUndefined();
  });

  it('is a mention of me by someone else', () => {
    const mention = event('mention.created', { conversation_id: '42', part_id: '9', by_admin_id: '1' });
    expect(attentionOf(mention, '4', NOW)).toEqual({ kind: 'mention', conversationId: '42', partId: '9' });
    expect(attentionHref({ kind: 'mention', conversationId: '42', partId: '9' })).toBe('/inbox/mentions/42');
  });

  it('is not old news replayed after a long disconnection', () => {
    const old = event('mention.created', { conversation_id: '42', part_id: '9', by_admin_id: '1' }, NOW - 600);
    expect(attentionOf(old, '4', NOW)).toBeUndefined();
  });
});
