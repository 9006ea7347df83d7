import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bearer } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../../../test/webhook-receiver.ts';
import { buildTicketWorkspace, createTicket } from '../tickets/ticket-fixtures.ts';

const t = setupTestApp({}, { jobs: true });
const receivers: WebhookReceiver[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
});

const waitFor = <T>(check: () => T | Promise<T>) => vi.waitFor(check, { timeout: 20_000, interval: 100 });

describe('ticket webhook topics', () => {
  it('sends ticket topics with the ticket as item, signed, and no conversation topics for the ticket', async () => {
    const w = await buildTicketWorkspace(t.app, t.db);
    const receiver = await startWebhookReceiver();
    receivers.push(receiver);
    const topics = [
      'ticket.created',
      'ticket.state.updated',
      'ticket.admin.assigned',
      'ticket.note.created',
      'ticket.contact.replied',
      'ticket.admin.replied',
      'conversation.admin.single.created',
      'conversation.admin.replied',
      'conversation.admin.noted',
    ];
    const subscription = (
      await t.app.inject({
        method: 'POST',
        url: '/api/webhooks/subscriptions',
        headers: bearer(w.adminToken),
        payload: { url: receiver.url, topics },
      })
    ).json();
    const ticket = await createTicket(t.app, w.adminToken, {
      ticket_type_id: w.typeId('Customer'),
      contacts: [{ id: String(w.contact.id) }],
      ticket_attributes: { _default_title_: 'Factura duplicada' },
    });
    const put = (payload: Record<string, unknown>) =>
      t.app.inject({ method: 'PUT', url: `/api/tickets/${ticket.id}`, headers: bearer(w.adminToken), payload });
    const reply = (payload: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: `/api/tickets/${ticket.id}/reply`, headers: bearer(w.adminToken), payload });
    await put({ ticket_state_id: w.stateId('in_progress') });
    await put({ assignee_id: String(w.agent.id) });
    await reply({ type: 'admin', message_type: 'note', body: 'interno' });
    await reply({ type: 'admin', message_type: 'comment', body: 'Lo vemos' });
    await reply({ type: 'user', message_type: 'comment', intercom_user_id: String(w.contact.id), body: 'Gracias' });

    const expected = [
      'ticket.created',
      'ticket.state.updated',
      'ticket.admin.assigned',
      'ticket.note.created',
      'ticket.admin.replied',
      'ticket.contact.replied',
    ];
    await waitFor(() => expect(receiver.received.length).toBe(expected.length));
    const bodies = receiver.received.map((request) => JSON.parse(request.body));
    expect(bodies.map((body) => body.topic).sort()).toEqual([...expected].sort());
    for (const request of receiver.received) {
      const signature = createHmac('sha256', subscription.secret).update(request.body).digest('hex');
      expect(request.headers['x-charla-signature']).toBe(`sha256=${signature}`);
    }
    const state = bodies.find((body) => body.topic === 'ticket.state.updated');
    expect(state.data.item).toMatchObject({ type: 'ticket', id: ticket.id, ticket_parts: { total_count: 1 } });
    expect(state.data.item.ticket_parts.ticket_parts[0]).toMatchObject({ part_type: 'ticket_state_updated' });
  });
});
