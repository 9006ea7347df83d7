import { describe, expect, it } from 'vitest';
import type { CustomerTicketSummary, PublicTicketComment } from '../../../protocol/customer-tickets.ts';
import type { PublicTicket } from '../../../protocol/tickets.ts';
import {
  applyEntryToList,
  applyEntryToTicket,
  applyTicketToList,
  commentsAsParts,
  markTicketRead,
  mergeComments,
  ticketUnread,
} from './ticket-state.ts';

function comment(overrides: Partial<PublicTicketComment> = {}): PublicTicketComment {
  return {
    id: '1',
    part_type: 'comment',
    body: '<p>Lo miramos</p>',
    author: { type: 'admin', name: 'Ana' },
    created_at: 1_800_000_100,
    ...overrides,
  };
}

function summary(overrides: Partial<CustomerTicketSummary> = {}): CustomerTicketSummary {
  return {
    type: 'ticket',
    id: '10',
    ticket_number: 1,
    title: 'Factura duplicada',
    description: '',
    state: { category: 'submitted', label: 'Recibido' },
    type_name: 'Ticket de cliente',
    created_at: 1_800_000_000,
    updated_at: 1_800_000_000,
    unread_count: 0,
    ...overrides,
  };
}

const ticket = (): PublicTicket => {
  const { unread_count: _, ...head } = summary();
  return { ...head, attributes: [], comments: [comment({ id: '1' })] };
};

const stateNotice = {
  conversation_id: '10',
  ticket_id: '10',
  comment: comment({ id: '5', part_type: 'ticket_state_updated', body: 'Tu ticket ahora está: En curso' }),
  state: { category: 'in_progress' as const, labels: { en: 'In progress', es: 'En curso' } },
};

describe('a ticket’s timeline', () => {
  it('keeps each entry once, oldest first, whichever way it came', () => {
    const merged = mergeComments(
      [comment({ id: '2', created_at: 5 }), comment({ id: '1', created_at: 5 })],
      [comment({ id: '2', created_at: 5, body: 'newer copy' }), comment({ id: '9', created_at: 3 })],
    );
    expect(merged.map((entry) => [entry.id, entry.body])).toEqual([
      ['9', '<p>Lo miramos</p>'],
      ['1', '<p>Lo miramos</p>'],
      ['2', 'newer copy'],
    ]);
  });

  it('shows as thread parts, a state notice as a notice', () => {
    expect(commentsAsParts('10', [stateNotice.comment])[0]).toMatchObject({
      conversation_id: '10',
      part_type: 'ticket_state_updated',
      buttons: null,
    });
  });
});

describe('live ticket entries', () => {
  it('move the state badge at once, in the messenger’s language, and count as unread unless on screen', () => {
    const list = [summary({ id: '11', updated_at: 1_800_000_050 }), summary()];
    const away = applyEntryToList(list, stateNotice, 'es', false);
    expect(away?.[0]).toMatchObject({ id: '10', state: { label: 'En curso' }, unread_count: 1 });
    expect(applyEntryToList(list, stateNotice, 'en', true)?.[0]).toMatchObject({
      state: { label: 'In progress' },
      unread_count: 0,
    });
    expect(ticketUnread(away ?? [])).toBe(1);
    expect(ticketUnread(markTicketRead(away ?? [], '10'))).toBe(0);
  });

  it('do not count the customer’s own comments, and ask for the list when the ticket is not in it', () => {
    const own = {
      ...stateNotice,
      comment: comment({ id: '6', author: { type: 'user', name: null } }),
      state: undefined,
    };
    expect(applyEntryToList([summary()], own, 'es', false)?.[0]?.unread_count).toBe(0);
    expect(applyEntryToList([summary({ id: '99' })], own, 'es', false)).toBeUndefined();
  });

  it('append to the open ticket and change its state', () => {
    const next = applyEntryToTicket(ticket(), stateNotice, 'es');
    expect(next.state).toEqual({ category: 'in_progress', label: 'En curso' });
    expect(next.comments.map((entry) => entry.id)).toEqual(['1', '5']);
    expect(applyTicketToList([summary({ unread_count: 2 })], next)[0]).toMatchObject({
      state: { label: 'En curso' },
      unread_count: 2,
    });
  });
});
