import type { MessengerConversation, MessengerPart } from '../../../protocol/messenger.ts';

/** A part as the server presents it to visitors; only what a test cares about needs saying. */
export function buildPart(overrides: Partial<MessengerPart> = {}): MessengerPart {
  return {
    type: 'messenger.part',
    id: '1',
    conversation_id: '10',
    part_type: 'comment',
    body: '<p>Hola</p>',
    author: { type: 'admin', name: 'Ana' },
    created_at: 1_800_000_000,
    buttons: null,
    step_id: null,
    ...overrides,
  };
}

export function buildConversation(overrides: Partial<MessengerConversation> = {}): MessengerConversation {
  return {
    type: 'messenger.conversation',
    id: '10',
    state: 'open',
    created_at: 1_800_000_000,
    updated_at: 1_800_000_000,
    last_part_preview: 'Hola',
    last_part_author: { type: 'user', name: 'Sofía' },
    unread_count: 0,
    bot: null,
    ...overrides,
  };
}
