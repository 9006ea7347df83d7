import type { FastifyInstance } from 'fastify';
import type { Ticket } from '../../../protocol/tickets.ts';
import { buildConversation, insertContact } from '../../../test/conversation-factories.ts';
import { bearer, buildTeamWorkspace } from '../../../test/factories.ts';
import type { Db } from '../../db/index.ts';

/** A team workspace with a Spanish-speaking customer who wrote in, and the workspace's ticket types by category. */
export async function buildTicketWorkspace(app: FastifyInstance, db: Db) {
  const team = await buildTeamWorkspace(db);
  const contact = await insertContact(db, team.workspace.id, { name: 'Lucía Pérez' });
  await db.updateTable('contacts').set({ language: 'es' }).where('id', '=', contact.id).execute();
  const conversationId = await buildConversation(app, team.adminToken, contact.id, 'La factura sale duplicada');
  const types = (await app.inject({ url: '/api/ticket_types', headers: bearer(team.adminToken) })).json().data as {
    id: string;
    category: string;
  }[];
  const typeId = (category: string) => types.find((type) => type.category === category)?.id as string;
  const states = (await app.inject({ url: '/api/ticket_states', headers: bearer(team.adminToken) })).json().data as {
    id: string;
    category: string;
  }[];
  const stateId = (category: string) => states.find((state) => state.category === category)?.id as string;
  return { ...team, contact, conversationId, typeId, stateId };
}

export async function createTicket(
  app: FastifyInstance,
  token: string,
  payload: Record<string, unknown>,
): Promise<Ticket> {
  const response = await app.inject({ method: 'POST', url: '/api/tickets', headers: bearer(token), payload });
  if (response.statusCode !== 200) throw new Error(`create ticket: ${response.statusCode} ${response.body}`);
  return response.json();
}
