import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { ZSetAwayRequestSchema, ZUpdateAdminRequestSchema } from '../../../protocol/admins.ts';
import { ZIdParamSchema } from '../../../protocol/common.ts';
import type { TeammateRow } from '../../db/index.ts';
import { parseParams, parseWith } from '../../http/validate.ts';
import { revokeSockets } from '../../realtime/revocation.ts';
import { afterCommit, drainTeamsOf, requeueConversationsOf } from '../assignment/queue.ts';
import { getWorkspace } from '../workspaces/service.ts';
import { assertCanSetAway, assertCanUpdateTeammate } from './policy.ts';
import { presentAdmin, presentAdminList, presentAdminWithApp } from './presenter.ts';
import { getTeammate, listTeammates, setAway, updateTeammate } from './service.ts';

const ZAdminParamsSchema = z.object({ id: ZIdParamSchema });

/**
 * A deactivated teammate's sockets close for good; after a role change they close so that the inbox reconnects
 * under the new role (HTTP needs nothing: every request reads the role afresh).
 */
function endSocketsAfterUpdate(app: FastifyInstance, before: TeammateRow, after: TeammateRow): void {
  const target = { kind: 'teammate' as const, workspaceId: after.workspace_id, teammateId: after.id };
  if (after.deactivated_at !== null && before.deactivated_at === null) {
    revokeSockets(app, { target, reason: 'deactivated' });
  } else if (after.role !== before.role) {
    revokeSockets(app, { target, reason: 'role_changed' });
  }
}

export const teammateRoutes: FastifyPluginAsync = async (app) => {
  app.get('/me', async (request) => {
    const { workspaceId, teammate } = request.actor;
    const [withTeams, workspace] = await Promise.all([
      getTeammate(app.db, workspaceId, teammate.id),
      getWorkspace(app.db, workspaceId),
    ]);
    return presentAdminWithApp(withTeams, workspace);
  });

  app.get('/admins', async (request) => presentAdminList(await listTeammates(app.db, request.actor.workspaceId)));

  app.get('/admins/:id', async (request) => {
    const { id } = parseParams(ZAdminParamsSchema, request.params);
    return presentAdmin(await getTeammate(app.db, request.actor.workspaceId, id));
  });

  app.put('/admins/:id/away', async (request) => {
    const { id } = parseParams(ZAdminParamsSchema, request.params);
    const body = parseWith(ZSetAwayRequestSchema, request.body);
    await getTeammate(app.db, request.actor.workspaceId, id);
    assertCanSetAway(request.actor, id);
    const { workspaceId } = request.actor;
    const updated = await setAway(app, workspaceId, id, {
      enabled: body.away_mode_enabled,
      reassign: body.away_mode_reassign,
    });
    // Back to Active: their teams' queues come to them. Away asking to reassign: their conversations go back.
    await afterCommit(app, 'assignment after a status change', () =>
      body.away_mode_enabled
        ? body.away_mode_reassign
          ? requeueConversationsOf(app, workspaceId, id)
          : Promise.resolve()
        : drainTeamsOf(app, workspaceId, id),
    );
    return presentAdmin(updated);
  });

  app.put('/admins/:id', async (request) => {
    const { id } = parseParams(ZAdminParamsSchema, request.params);
    const changes = parseWith(ZUpdateAdminRequestSchema, request.body);
    const { teammate: before } = await getTeammate(app.db, request.actor.workspaceId, id);
    assertCanUpdateTeammate(request.actor, id, changes);
    const updated = await updateTeammate(app.db, request.actor.workspaceId, id, changes);
    endSocketsAfterUpdate(app, before, updated.teammate);
    if (changes.languages !== undefined || changes.active === true)
      await afterCommit(app, 'handing out queues', () => drainTeamsOf(app, request.actor.workspaceId, id));
    return presentAdmin(updated);
  });
};
