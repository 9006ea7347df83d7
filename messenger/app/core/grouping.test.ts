import { describe, expect, it } from 'vitest';
import { groupThread } from './grouping.ts';
import { buildPart } from './test-parts.ts';

describe('groupThread', () => {
  it('groups one author’s messages within five minutes, and names the side', () => {
    const items = groupThread([
      buildPart({ id: '1', author: { type: 'user', name: null }, created_at: 100 }),
      buildPart({ id: '2', author: { type: 'user', name: null }, created_at: 160 }),
      buildPart({ id: '3', author: { type: 'admin', name: 'Ana' }, created_at: 200 }),
      buildPart({ id: '4', author: { type: 'admin', name: 'Ana' }, created_at: 900 }),
    ]);
    expect(
      items.map((item) => (item.kind === 'messages' ? [item.fromCustomer, item.parts.length] : item.kind)),
    ).toEqual([
      [true, 2],
      [false, 1],
      [false, 1],
    ]);
  });

  it('shows close and reopen as notices and skips other parts without a body', () => {
    const items = groupThread([
      buildPart({ id: '1', part_type: 'close', body: null }),
      buildPart({ id: '2', part_type: 'assignment', body: null }),
      buildPart({ id: '3', part_type: 'open', body: null }),
    ]);
    expect(items.map((item) => item.kind)).toEqual(['notice', 'notice']);
  });

  it('shows a ticket made from the chat and a ticket’s state changes as notices', () => {
    const items = groupThread([
      buildPart({ id: '1', part_type: 'ticket_linked', body: null }),
      buildPart({ id: '2', part_type: 'ticket_state_updated', body: 'Tu ticket ahora está: En curso' }),
      buildPart({ id: '3', part_type: 'comment', body: '<p>Ya está</p>' }),
    ]);
    expect(items.map((item) => item.kind)).toEqual(['notice', 'notice', 'messages']);
  });

  it('shows a closing note as the teammate’s message, then the notice', () => {
    const items = groupThread([buildPart({ id: '1', part_type: 'close', body: '<p>Bye!</p>' })]);
    expect(items.map((item) => item.kind)).toEqual(['messages', 'notice']);
  });
});
