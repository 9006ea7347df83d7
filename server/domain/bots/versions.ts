import type { WorkflowDefinition } from '../../../protocol/workflows.ts';
import type { Db } from '../../db/index.ts';

export interface WorkflowVersion {
  workflowId: number;
  version: number;
  definition: WorkflowDefinition;
}

/** Published versions never change, so each process keeps the ones it has read. */
const cache = new Map<string, WorkflowVersion>();
const CACHE_LIMIT = 500;

const keyOf = (workspaceId: string, workflowId: number, version: number) => `${workspaceId}:${workflowId}:${version}`;

export async function loadVersion(
  db: Db,
  workspaceId: string,
  workflowId: number,
  version: number,
): Promise<WorkflowVersion | undefined> {
  const key = keyOf(workspaceId, workflowId, version);
  const cached = cache.get(key);
  if (cached) return cached;
  const row = await db
    .selectFrom('bot_workflow_versions')
    .select(['workflow_id', 'version', 'definition'])
    .where('workspace_id', '=', workspaceId)
    .where('workflow_id', '=', workflowId)
    .where('version', '=', version)
    .executeTakeFirst();
  if (!row) return undefined;
  const loaded = { workflowId, version, definition: row.definition as unknown as WorkflowDefinition };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, loaded);
  return loaded;
}

/** The workflow a new conversation runs: the first enabled, published one in the admins' order. */
export async function findStartingWorkflow(db: Db, workspaceId: string): Promise<WorkflowVersion | undefined> {
  const row = await db
    .selectFrom('bot_workflows')
    .select(['id', 'published_version'])
    .where('workspace_id', '=', workspaceId)
    .where('enabled', '=', true)
    .where('deleted_at', 'is', null)
    .where('published_version', 'is not', null)
    .where('trigger', '=', 'conversation_started')
    .orderBy('position')
    .orderBy('id')
    .executeTakeFirst();
  if (!row || row.published_version === null) return undefined;
  return loadVersion(db, workspaceId, row.id, row.published_version);
}
