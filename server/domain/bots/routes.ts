import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { ZIdParamSchema } from '../../../protocol/common.ts';
import {
  type WorkflowPreview,
  ZWorkflowInputSchema,
  ZWorkflowPreviewRequestSchema,
} from '../../../protocol/workflows.ts';
import { forbidden } from '../../errors.ts';
import { parseParams, parseWith } from '../../http/validate.ts';
import type { Actor } from '../auth/actor.ts';
import { advance } from './engine.ts';
import { presentWorkflow, presentWorkflowVersion } from './presenter.ts';
import {
  createWorkflow,
  deleteWorkflow,
  getWorkflow,
  listWorkflows,
  listWorkflowVersions,
  publishWorkflow,
  reorderWorkflows,
  updateWorkflow,
} from './workflows.ts';

const ZParamsSchema = z.object({ id: ZIdParamSchema });
const ZReorderSchema = z.strictObject({ ids: z.array(ZIdParamSchema).max(200) });

/** Admins set up the bot; every teammate may read how it works. */
function assertCanEditWorkflows(actor: Actor): void {
  if (actor.teammate.role !== 'admin') throw forbidden('Only admins can change bot workflows');
}

export const workflowRoutes: FastifyPluginAsync = async (app) => {
  const ws = (actor: Actor) => actor.workspaceId;

  app.get('/workflows', async (request) => ({
    type: 'list',
    data: (await listWorkflows(app.db, ws(request.actor))).map(presentWorkflow),
  }));

  app.get('/workflows/:id', async (request) => {
    const { id } = parseParams(ZParamsSchema, request.params);
    return presentWorkflow(await getWorkflow(app.db, ws(request.actor), id));
  });

  app.get('/workflows/:id/versions', async (request) => {
    const { id } = parseParams(ZParamsSchema, request.params);
    await getWorkflow(app.db, ws(request.actor), id);
    return {
      type: 'list',
      data: (await listWorkflowVersions(app.db, ws(request.actor), id)).map(presentWorkflowVersion),
    };
  });

  app.post('/workflows', async (request) => {
    assertCanEditWorkflows(request.actor);
    const input = parseWith(ZWorkflowInputSchema, request.body);
    return presentWorkflow(await createWorkflow(app.db, ws(request.actor), input));
  });

  app.put('/workflows/:id', async (request) => {
    const { id } = parseParams(ZParamsSchema, request.params);
    assertCanEditWorkflows(request.actor);
    const input = parseWith(ZWorkflowInputSchema.partial(), request.body);
    return presentWorkflow(await updateWorkflow(app.db, ws(request.actor), id, input));
  });

  app.post('/workflows/:id/publish', async (request) => {
    const { id } = parseParams(ZParamsSchema, request.params);
    assertCanEditWorkflows(request.actor);
    return presentWorkflow(await publishWorkflow(app.db, ws(request.actor), id, request.actor.teammate.id));
  });

  app.delete('/workflows/:id', async (request) => {
    const { id } = parseParams(ZParamsSchema, request.params);
    assertCanEditWorkflows(request.actor);
    await deleteWorkflow(app.db, ws(request.actor), id);
    return { type: 'workflow', id: String(id), deleted: true };
  });

  app.put('/workflows/order', async (request) => {
    assertCanEditWorkflows(request.actor);
    const { ids } = parseWith(ZReorderSchema, request.body);
    await reorderWorkflows(app.db, ws(request.actor), ids);
    return { type: 'list', data: (await listWorkflows(app.db, ws(request.actor))).map(presentWorkflow) };
  });

  // Runs a draft one input at a time, exactly as a customer would meet it, without writing anything.
  app.post('/workflows/preview', async (request): Promise<WorkflowPreview> => {
    const input = parseWith(ZWorkflowPreviewRequestSchema, request.body);
    const result = advance(input.definition, input.run, input.input, {
      language: input.language,
      attributes: input.attributes,
    });
    const attributes = { ...input.attributes };
    for (const action of result.actions) if (action.type === 'set_attribute') attributes[action.name] = action.value;
    return {
      type: 'workflow.preview',
      run: result.run,
      actions: result.actions,
      attributes,
      outcome: result.outcome,
      ...(result.outcome === 'ignored' ? { ignored_reason: result.ignored_reason } : {}),
    };
  });
};
