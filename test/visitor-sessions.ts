import type { Db } from '../server/db/index.ts';
import { hashSecret, randomSecret } from '../server/lib/secrets.ts';
import { daysFromNow } from '../server/lib/time.ts';

export interface Visitor {
  token: string;
  index: number;
}

/**
 * `count` visitors who booted the messenger: a lead and a session each, written set-based (booting is not
 * what is measured).
 */
export async function seedVisitors(db: Db, workspaceId: string, count: number): Promise<Visitor[]> {
  const contacts = await db
    .insertInto('contacts')
    .values(
      Array.from({ length: count }, (_, index) => ({
        workspace_id: workspaceId,
        role: 'lead' as const,
        name: `Visitor ${index}`,
        custom_attributes: '{}',
      })),
    )
    .returning('id')
    .execute();
  const secrets = contacts.map(() => randomSecret());
  await db
    .insertInto('visitor_sessions')
    .values(
      contacts.map((contact, index) => ({
        workspace_id: workspaceId,
        token_hash: hashSecret(secrets[index] as string),
        contact_id: contact.id,
        expires_at: daysFromNow(1),
      })),
    )
    .execute();
  return secrets.map((secret, index) => ({ token: `${workspaceId}.${secret}`, index }));
}
