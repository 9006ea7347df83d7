import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../../../protocol/conversations.ts';
import { htmlToText, suggestedTitle } from './ticketTitle.ts';

function conversationWith(title: string | null, body: string, authorType = 'user'): Conversation {
  return {
    title,
    source: { body, author: { type: authorType, id: '1', name: null, email: null } },
    conversation_parts: { type: 'conversation_part.list', total_count: 0, conversation_parts: [] },
  } as unknown as Conversation;
}

describe('htmlToText', () => {
  it('drops tags, turns paragraphs into spaces and decodes entities', () => {
    expect(htmlToText('<p>Me cobraron &amp; dos veces.</p><p>¿Por qué?<br>Gracias</p>')).toBe(
      'Me cobraron & dos veces. ¿Por qué? Gracias',
    );
  });
});

describe('suggestedTitle', () => {
  it('prefers the conversation title', () => {
    expect(suggestedTitle(conversationWith('Factura duplicada', '<p>Hola</p>'))).toBe('Factura duplicada');
  });

  it('falls back to what the customer first wrote', () => {
    expect(suggestedTitle(conversationWith(null, '<p>Me cobraron dos veces este mes.</p>'))).toBe(
      'Me cobraron dos veces este mes.',
    );
  });

  it('cuts a long message at a word, with an ellipsis, within 120 characters', () => {
    const long = `<p>${'palabra '.repeat(40)}</p>`;
    const title = suggestedTitle(conversationWith(null, long));
    expect(title.length).toBeLessThanOrEqual(120);
    expect(title.endsWith('palabra…')).toBe(true);
  });

  it('skips an opening message a teammate wrote, taking the customer’s first reply', () => {
    const conversation = conversationWith(null, '<p>¿Podemos ayudarte?</p>', 'admin');
    conversation.conversation_parts = {
      type: 'conversation_part.list',
      total_count: 1,
      conversation_parts: [
        { part_type: 'comment', body: '<p>No puedo entrar</p>', author: { type: 'user' } },
      ] as unknown as NonNullable<Conversation['conversation_parts']>['conversation_parts'],
    };
    expect(suggestedTitle(conversation)).toBe('No puedo entrar');
  });
});
