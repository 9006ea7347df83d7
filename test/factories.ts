import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Role } from '../protocol/common.ts';
import type { Db, TeammateRow, WorkspaceRow } from '../server/db/index.ts';
import { createTeammate } from '../server/domain/teammates/service.ts';
import { createAccessToken } from '../server/domain/tokens/service.ts';
import { createWorkspace } from '../server/domain/workspaces/service.ts';
import { randomId } from '../server/lib/secrets.ts';

export const TEST_PASSWORD = 'correct horse battery';

export function buildWorkspace(db: Db, name = 'Acme Support'): Promise<WorkspaceRow> {
  return createWorkspace(db, { name });
}

export function buildTeammate(
  db: Db,
  workspaceId: string,
  overrides: { role?: Role; name?: string; email?: string } = {},
): Promise<TeammateRow> {
  return createTeammate(db, {
    workspaceId,
    email: overrides.email ?? `${randomId(6)}@example.com`,
    name: overrides.name ?? 'Test Teammate',
    role: overrides.role ?? 'agent',
    password: TEST_PASSWORD,
  });
}

export async function buildToken(db: Db, teammate: TeammateRow): Promise<string> {
  const { token } = await createAccessToken(db, {
    workspaceId: teammate.workspace_id,
    teammateId: teammate.id,
    name: 'test',
  });
  return token;
}

/** A workspace with an admin, a manager and an agent, each with a bearer token. */
export async function buildTeamWorkspace(db: Db, name?: string) {
  const workspace = await buildWorkspace(db, name);
  const admin = await buildTeammate(db, workspace.id, { role: 'admin', name: 'Ana Admin' });
  const manager = await buildTeammate(db, workspace.id, { role: 'manager', name: 'Marta Manager' });
  const agent = await buildTeammate(db, workspace.id, { role: 'agent', name: 'Luis Agent' });
  return {
    workspace,
    admin,
    manager,
    agent,
    adminToken: await buildToken(db, admin),
    managerToken: await buildToken(db, manager),
    agentToken: await buildToken(db, agent),
  };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export interface SignedIn {
  cookie: string;
  csrfToken: string;
  response: LightMyRequestResponse;
}

/** Signs in through the API, as the web app does; returns the cookie header and CSRF token to send back. */
export async function signIn(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<SignedIn> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'charla_session');
  if (!cookie) throw new Error('no session cookie');
  return { cookie: `charla_session=${cookie.value}`, csrfToken: response.json().csrf_token, response };
}

export async function countRows(
  db: Db,
  table: 'teammates' | 'teams' | 'team_members' | 'access_tokens' | 'invitations' | 'saved_replies',
) {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
