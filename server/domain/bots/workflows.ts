import type { Selectable } from 'kysely';
import type { WorkflowDefinition, WorkflowInput } from '../../../protocol/workflows.ts';
import type { Db } from '../../db/index.ts';
import { withTransaction } from '../../db/index.ts';
import type { BotWorkflowsTable, BotWorkflowVersionsTable } from '../../db/schema.ts';
import { AppError, notFound } from '../../errors.ts';
import { validateDefinition } from './validate.ts';

export type WorkflowRow = Selectable<BotWorkflowsTable> & { published_at: Date | null; published_definition: unknown };
export type WorkflowVersionRow = Selectable<BotWorkflowVersionsTable>;

const workflowNotFound = () => notFound('workflow_not_found', 'Workflow not found');

function workflows(db: Db, workspaceId: string) {
  return db
    .selectFrom('bot_workflows as w')
    .leftJoin('bot_workflow_versions as v', (join) =>
      join
        .onRef('v.workspace_id', '=', 'w.workspace_id')
        .onRef('v.workflow_id', '=', 'w.id')
        .onRef('v.version', '=', 'w.published_version'),
    )
    .selectAll('w')
    .select(['v.published_at', 'v.definition as published_definition'])
    .where('w.workspace_id', '=', workspaceId)
    .where('w.deleted_at', 'is', null);
}

export function listWorkflows(db: Db, workspaceId: string): Promise<WorkflowRow[]> {
  return workflows(db, workspaceId).orderBy('w.position').orderBy('w.id').execute();
}

export async function getWorkflow(db: Db, workspaceId: string, id: number): Promise<WorkflowRow> {
  const row = await workflows(db, workspaceId).where('w.id', '=', id).executeTakeFirst();
  if (!row) throw workflowNotFound();
  return row;
}

/** Refuses a definition that cannot run as drawn; every problem names its step. */
async function assertValid(db: Db, workspaceId: string, definition: WorkflowDefinition): Promise<void> {
  const teams = await db.selectFrom('teams').select('id').where('workspace_id', '=', workspaceId).execute();
  const problems = validateDefinition(definition, { teamIds: new Set(teams.map((team) => String(team.id))) });
  const first = problems[0];
  if (!first) return;
  const errors = problems.map((problem) => ({
    code: problem.code,
    message: problem.step_id ? `Step "${problem.step_id}": ${problem.message}` : problem.message,
    field: problem.step_id ? `definition.steps.${problem.step_id}` : 'definition',
  }));
  throw new AppError('workflow_invalid', errors[0]?.message ?? first.message, { field: errors[0]?.field, errors });
}

export async function createWorkflow(db: Db, workspaceId: string, input: WorkflowInput): Promise<WorkflowRow> {
  await assertValid(db, workspaceId, input.definition);
  const last = await db
    .selectFrom('bot_workflows')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  const { id } = await db
    .insertInto('bot_workflows')
    .values({
      workspace_id: workspaceId,
      name: input.name,
      enabled: input.enabled ?? false,
      position: (last?.position ?? -1) + 1,
      draft: JSON.stringify(input.definition),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return getWorkflow(db, workspaceId, id);
}

export async function updateWorkflow(
  db: Db,
  workspaceId: string,
  id: number,
  input: Partial<WorkflowInput>,
): Promise<WorkflowRow> {
  if (input.definition) await assertValid(db, workspaceId, input.definition);
  const updated = await db
    .updateTable('bot_workflows')
    .set({
      ...(input.name === undefined ? {} : { name: input.name }),
      ...(input.enabled === undefined ? {} : { enabled: input.enabled }),
      ...(input.definition === undefined ? {} : { draft: JSON.stringify(input.definition) }),
      updated_at: new Date(),
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) throw workflowNotFound();
  return getWorkflow(db, workspaceId, id);
}

/**
 * Freezes the draft as the next version; new conversations start on it, running ones finish on theirs.
 * Two publishes at once get consecutive versions (the workflow row is locked).
 */
export async function publishWorkflow(
  db: Db,
  workspaceId: string,
  id: number,
  teammateId: number | null,
): Promise<WorkflowRow> {
  await withTransaction(db, async (trx) => {
    const row = await trx
      .selectFrom('bot_workflows')
      .select(['draft', 'published_version'])
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw workflowNotFound();
    await assertValid(trx, workspaceId, row.draft as unknown as WorkflowDefinition);
    const version = (row.published_version ?? 0) + 1;
    await trx
      .insertInto('bot_workflow_versions')
      .values({
        workspace_id: workspaceId,
        workflow_id: id,
        version,
        definition: JSON.stringify(row.draft),
        published_by: teammateId,
      })
      .execute();
    await trx
      .updateTable('bot_workflows')
      .set({ published_version: version, updated_at: new Date() })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  });
  return getWorkflow(db, workspaceId, id);
}

export function listWorkflowVersions(db: Db, workspaceId: string, id: number): Promise<WorkflowVersionRow[]> {
  return db
    .selectFrom('bot_workflow_versions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('workflow_id', '=', id)
    .orderBy('version', 'desc')
    .execute();
}

/** Removed from the list and from new conversations; running conversations finish on their version. */
export async function deleteWorkflow(db: Db, workspaceId: string, id: number): Promise<void> {
  const deleted = await db
    .updateTable('bot_workflows')
    .set({ deleted_at: new Date(), enabled: false })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (deleted.numUpdatedRows === 0n) throw workflowNotFound();
}

/** The order in which workflows are tried for a new conversation: the first enabled one runs. */
export async function reorderWorkflows(db: Db, workspaceId: string, ids: number[]): Promise<void> {
  await withTransaction(db, async (trx) => {
    const existing = await listWorkflows(trx, workspaceId);
    const known = new Set(existing.map((row) => row.id));
    const unknown = ids.find((id) => !known.has(id));
    if (unknown !== undefined) throw new AppError('parameter_invalid', `ids: no workflow ${unknown}`, { field: 'ids' });
    if (new Set(ids).size !== ids.length || ids.length !== existing.length) {
      throw new AppError('parameter_invalid', 'ids: list every workflow once', { field: 'ids' });
    }
    for (const [position, id] of ids.entries()) {
      await trx
        .updateTable('bot_workflows')
        .set({ position })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .execute();
    }
  });
}
