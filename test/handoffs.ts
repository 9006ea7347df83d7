import type { WorkflowDefinition } from '../protocol/workflows.ts';
import type { Db } from '../server/db/index.ts';
import { hashSecret, randomSecret } from '../server/lib/secrets.ts';
import { daysFromNow } from '../server/lib/time.ts';
import type { RunningServer } from './server-process.ts';

/** Every messenger conversation is handed off as it starts: the bot's first step is the hand-off. */
export const HANDOFF_AT_ONCE: WorkflowDefinition = { start: 'done', steps: [{ type: 'handoff', id: 'done' }] };

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

/** A JSON request to a spawned server; throws unless it answers 200. */
export async function call(
  server: RunningServer,
  headers: Record<string, string>,
  method: string,
  url: string,
  body = {},
) {
  const response = await fetch(`${server.url}${url}`, {
    method,
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 200) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Through the API: a round-robin team of `agentIds`, the workspace's default, and a workflow that hands off at once. */
export async function setUpHandOffTeam(server: RunningServer, adminToken: string, agentIds: number[]): Promise<number> {
  const admin = { authorization: `Bearer ${adminToken}` };
  const team = await call(server, admin, 'POST', '/api/teams', {
    name: 'Support',
    admin_ids: agentIds,
    distribution_method: 'round_robin',
  });
  await call(server, admin, 'PUT', '/api/assignment/settings', { default_team_id: team.id });
  const workflow = await call(server, admin, 'POST', '/api/workflows', {
    name: 'Hand off',
    enabled: true,
    definition: HANDOFF_AT_ONCE,
  });
  await call(server, admin, 'POST', `/api/workflows/${workflow.id}/publish`);
  return Number(team.id);
}
