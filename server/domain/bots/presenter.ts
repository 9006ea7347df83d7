import type { Workflow, WorkflowDefinition, WorkflowVersion } from '../../../protocol/workflows.ts';
import { unixSeconds, unixSecondsOrNull } from '../../lib/time.ts';
import type { WorkflowRow, WorkflowVersionRow } from './workflows.ts';

export function presentWorkflow(row: WorkflowRow): Workflow {
  return {
    type: 'workflow',
    id: String(row.id),
    name: row.name,
    enabled: row.enabled,
    position: row.position,
    trigger: row.trigger,
    draft: row.draft as unknown as WorkflowDefinition,
    published_version: row.published_version,
    published_at: unixSecondsOrNull(row.published_at),
    has_unpublished_changes:
      row.published_definition === null || JSON.stringify(row.published_definition) !== JSON.stringify(row.draft),
    created_at: unixSeconds(row.created_at),
    updated_at: unixSeconds(row.updated_at),
  };
}

export function presentWorkflowVersion(row: WorkflowVersionRow): WorkflowVersion {
  return {
    type: 'workflow.version',
    workflow_id: String(row.workflow_id),
    version: row.version,
    definition: row.definition as unknown as WorkflowDefinition,
    published_at: unixSeconds(row.published_at),
  };
}
