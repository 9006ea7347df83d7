import type { Db, WorkspaceRow } from '../../db/index.ts';
import { isUniqueViolation } from '../../db/index.ts';
import { AppError, notFound } from '../../errors.ts';
import { randomId, randomSecret } from '../../lib/secrets.ts';
import { ensureTicketDefaults } from '../tickets/defaults.ts';

export interface NewWorkspace {
  name: string;
  slug?: string;
  timezone?: string;
  defaultLanguage?: 'en' | 'es';
}

export async function createWorkspace(db: Db, input: NewWorkspace): Promise<WorkspaceRow> {
  const id = randomId();
  try {
    const workspace = await db
      .insertInto('workspaces')
      .values({
        id,
        slug: input.slug ?? id,
        name: input.name,
        timezone: input.timezone ?? 'UTC',
        default_language: input.defaultLanguage ?? 'en',
        identity_secret: randomSecret(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await ensureTicketDefaults(db, workspace.id, workspace.default_language);
    return workspace;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', `A workspace with slug "${input.slug}" exists`);
    throw error;
  }
}

/** Finds a workspace by its id or its slug (the CLI accepts either, e.g. `demo`). */
export async function findWorkspace(db: Db, idOrSlug: string): Promise<WorkspaceRow> {
  const workspace = await db
    .selectFrom('workspaces')
    .selectAll()
    .where((eb) => eb.or([eb('id', '=', idOrSlug), eb('slug', '=', idOrSlug)]))
    .executeTakeFirst();
  if (!workspace) throw notFound('not_found', `No workspace "${idOrSlug}"`);
  return workspace;
}

export async function getWorkspace(db: Db, id: string): Promise<WorkspaceRow> {
  return db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}
