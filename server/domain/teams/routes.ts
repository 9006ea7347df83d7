import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { ZIdParamSchema } from '../../../protocol/common.ts';
import { ZCreateTeamRequestSchema, ZUpdateTeamRequestSchema } from '../../../protocol/teams.ts';
import { parseParams, parseWith } from '../../http/validate.ts';
import { afterCommit, drainTeamQueue } from '../assignment/queue.ts';
import { announceTeamInbox } from '../views/team-inboxes.ts';
import { assertCanManageTeams } from './policy.ts';
import { presentTeam, presentTeamList } from './presenter.ts';
import { createTeam, deleteTeam, getTeam, listTeams, updateTeam } from './service.ts';

const ZTeamParamsSchema = z.object({ id: ZIdParamSchema });

export const teamRoutes: FastifyPluginAsync = async (app) => {
  app.get('/teams', async (request) => presentTeamList(await listTeams(app.db, request.actor.workspaceId)));

  app.get('/teams/:id', async (request) => {
    const { id } = parseParams(ZTeamParamsSchema, request.params);
    return presentTeam(await getTeam(app.db, request.actor.workspaceId, id));
  });

  app.post('/teams', async (request) => {
    assertCanManageTeams(request.actor);
    const body = parseWith(ZCreateTeamRequestSchema, request.body);
    const created = await createTeam(app.db, request.actor.workspaceId, body);
    await announceTeamInbox(app, request.actor.workspaceId, created.team, 'created');
    return presentTeam(created);
  });

  app.put('/teams/:id', async (request) => {
    const { id } = parseParams(ZTeamParamsSchema, request.params);
    assertCanManageTeams(request.actor);
    const body = parseWith(ZUpdateTeamRequestSchema, request.body);
    const updated = await updateTeam(app.db, request.actor.workspaceId, id, body);
    await announceTeamInbox(app, request.actor.workspaceId, updated.team, 'updated');
    // New members, a new method or a higher limit may take what waits in the queue.
    await afterCommit(app, 'handing out the queue', () => drainTeamQueue(app, request.actor.workspaceId, id));
    return presentTeam(updated);
  });

  app.delete('/teams/:id', async (request) => {
    const { id } = parseParams(ZTeamParamsSchema, request.params);
    assertCanManageTeams(request.actor);
    const team = await getTeam(app.db, request.actor.workspaceId, id);
    await deleteTeam(app.db, request.actor.workspaceId, id);
    await announceTeamInbox(app, request.actor.workspaceId, team.team, 'deleted');
    return { type: 'team', id: String(id), deleted: true };
  });
};
