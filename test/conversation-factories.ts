import type { FastifyInstance } from 'fastify';
import type { Db } from '../server/db/index.ts';
import type { ContactRow } from '../server/domain/conversations/rows.ts';
import { bearer } from './factories.ts';

export async function insertContact(
  db: Db,
  workspaceId: string,
  overrides: { name?: string; email?: string; role?: 'user' | 'lead'; external_id?: string } = {},
): Promise<ContactRow> {
  return db
    .insertInto('contacts')
    .values({
      workspace_id: workspaceId,
      role: overrides.role ?? 'user',
      name: overrides.name ?? 'María López',
      email: overrides.email ?? `customer${Math.random().toString(36).slice(2, 8)}@example.com`,
      external_id: overrides.external_id ?? null,
      custom_attributes: '{}',
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A conversation started by a contact through the API, as a customer would; returns its id. */
export async function buildConversation(
  app: FastifyInstance,
  token: string,
  contactId: number,
  body = 'Hola, necesito ayuda con mi pedido',
): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/conversations',
    headers: bearer(token),
    payload: { from: { type: 'user', id: String(contactId) }, body },
  });
  if (response.statusCode !== 200) throw new Error(`create conversation: ${response.statusCode} ${response.body}`);
  return response.json().conversation_id;
}
