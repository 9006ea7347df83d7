import type { Language, Role } from '../../../protocol/common.ts';
import type { Db, TeammateRow, WorkspaceRow } from '../../db/index.ts';
import { withTransaction } from '../../db/index.ts';
import { AppError } from '../../errors.ts';
import { randomSecret } from '../../lib/secrets.ts';
import { updateAssignmentSettings } from '../assignment/settings.ts';
import { createTeammate } from '../teammates/service.ts';
import { createTeam } from '../teams/service.ts';
import { ensureDefaultViews } from '../views/defaults.ts';
import { createDemoConversations } from './demo-conversations.ts';
import { createWorkspace } from './service.ts';

export const DEMO_SLUG = 'demo';
export const DEMO_ADMIN_EMAIL = 'ana@demo.charla.test';

/** The bilingual support team of the seed: an admin, a manager, agents, and two teams. */
const DEMO_TEAMMATES: {
  email: string;
  name: string;
  role: Role;
  language: Language;
  jobTitle: string;
  /** The languages they take conversations in. */
  takes: Language[];
}[] = [
  {
    email: DEMO_ADMIN_EMAIL,
    name: 'Ana García',
    role: 'admin',
    language: 'es',
    jobTitle: 'Responsable de soporte',
    takes: ['es', 'en'],
  },
  {
    email: 'daniel@demo.charla.test',
    name: 'Daniel Kim',
    role: 'manager',
    language: 'en',
    jobTitle: 'Supervisor',
    takes: ['en'],
  },
  {
    email: 'luis@demo.charla.test',
    name: 'Luis Pérez',
    role: 'agent',
    language: 'es',
    jobTitle: 'Agente',
    takes: ['es'],
  },
  {
    email: 'sofia@demo.charla.test',
    name: 'Sofía Romero',
    role: 'agent',
    language: 'es',
    jobTitle: 'Agente',
    takes: ['es', 'en'],
  },
  {
    email: 'emma@demo.charla.test',
    name: 'Emma Walsh',
    role: 'agent',
    language: 'en',
    jobTitle: 'Agente',
    takes: ['en'],
  },
];

export interface DemoWorkspace {
  workspace: WorkspaceRow;
  adminEmail: string;
  adminPassword: string;
}

/**
 * Creates the demo workspace when the database has no workspace at all (a first start); otherwise nothing.
 * Several processes starting at once on an empty database: one creates it, the others find it exists.
 */
export async function ensureDemoWorkspace(db: Db, adminPassword?: string): Promise<DemoWorkspace | undefined> {
  const existing = await db.selectFrom('workspaces').select('id').limit(1).executeTakeFirst();
  if (existing) return undefined;
  const password = adminPassword ?? randomSecret(12);
  const created = await createDemoTeam(db, password).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'conflict') return undefined;
    throw error;
  });
  if (created) await createDemoConversations(db, created.workspace.id, created.teammates);
  return created && { workspace: created.workspace, adminEmail: DEMO_ADMIN_EMAIL, adminPassword: password };
}

function createDemoTeam(db: Db, password: string) {
  return withTransaction(db, async (trx) => {
    const workspace = await createWorkspace(trx, {
      name: 'Charla Demo',
      slug: DEMO_SLUG,
      timezone: 'Europe/Madrid',
      defaultLanguage: 'es',
    });
    const teammates: TeammateRow[] = [];
    for (const { takes, ...person } of DEMO_TEAMMATES) {
      const teammate = await createTeammate(trx, {
        workspaceId: workspace.id,
        ...person,
        password: person.email === DEMO_ADMIN_EMAIL ? password : randomSecret(12),
      });
      await trx
        .updateTable('teammates')
        .set({ languages: takes })
        .where('workspace_id', '=', workspace.id)
        .where('id', '=', teammate.id)
        .execute();
      teammates.push({ ...teammate, languages: takes });
    }
    const idsOf = (role: Role) => teammates.filter((t) => t.role === role).map((t) => t.id);
    // Named in the workspace's language (Spanish), like its views. Support takes every conversation no workflow
    // routes elsewhere, round robin among the agents on duty.
    const support = await createTeam(trx, workspace.id, { name: 'Soporte', admin_ids: idsOf('agent') });
    await createTeam(trx, workspace.id, { name: 'Supervisión', admin_ids: [...idsOf('admin'), ...idsOf('manager')] });
    await updateAssignmentSettings(trx, workspace.id, { default_team_id: support.team.id });
    await ensureDefaultViews(trx, workspace.id);
    return { workspace, teammates };
  });
}
