import type { FastifyInstance } from 'fastify';
import type { WorkflowDefinition } from '../protocol/workflows.ts';
import { bearer } from './factories.ts';

/** Creates a workflow through the API and publishes it (enabled). Returns its id. */
export async function publishWorkflow(
  app: FastifyInstance,
  adminToken: string,
  definition: WorkflowDefinition,
  name = 'Triage',
): Promise<string> {
  const created = await app.inject({
    method: 'POST',
    url: '/api/workflows',
    headers: bearer(adminToken),
    payload: { name, enabled: true, definition },
  });
  if (created.statusCode !== 200) throw new Error(`create workflow: ${created.statusCode} ${created.body}`);
  const id = created.json().id;
  const published = await app.inject({
    method: 'POST',
    url: `/api/workflows/${id}/publish`,
    headers: bearer(adminToken),
  });
  if (published.statusCode !== 200) throw new Error(`publish: ${published.statusCode} ${published.body}`);
  return id;
}

/** Replaces a workflow's draft and publishes it as the next version. */
export async function republishWorkflow(
  app: FastifyInstance,
  adminToken: string,
  id: string,
  definition: WorkflowDefinition,
): Promise<void> {
  const updated = await app.inject({
    method: 'PUT',
    url: `/api/workflows/${id}`,
    headers: bearer(adminToken),
    payload: { definition },
  });
  if (updated.statusCode !== 200) throw new Error(`update workflow: ${updated.statusCode} ${updated.body}`);
  await app.inject({ method: 'POST', url: `/api/workflows/${id}/publish`, headers: bearer(adminToken) });
}
