import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { ZAcceptInvitationRequestSchema, ZCreateInvitationRequestSchema } from '../../../protocol/auth.ts';
import { ZIdParamSchema } from '../../../protocol/common.ts';
import { publicUrlFor } from '../../http/public-url.ts';
import { parseParams, parseWith } from '../../http/validate.ts';
import { startSession } from '../auth/routes.ts';
import { assertCanManageTeammates } from '../teammates/policy.ts';
import { getWorkspace } from '../workspaces/service.ts';
import { presentInvitation } from './presenter.ts';
import {
  acceptInvitation,
  createInvitation,
  findOpenInvitation,
  listOpenInvitations,
  revokeInvitation,
} from './service.ts';

const ZTokenParamsSchema = z.object({ token: z.string().max(200) });
const ZInvitationParamsSchema = z.object({ id: ZIdParamSchema });

/** Admins invite teammates; the link (email sending comes later) lets the invitee set a name and password. */
export const invitationRoutes: FastifyPluginAsync = async (app) => {
  app.get('/invitations', async (request) => {
    assertCanManageTeammates(request.actor);
    const rows = await listOpenInvitations(app.db, request.actor.workspaceId);
    return { type: 'list', data: rows.map((row) => presentInvitation(row)) };
  });

  app.post('/invitations', async (request) => {
    assertCanManageTeammates(request.actor);
    const body = parseWith(ZCreateInvitationRequestSchema, request.body);
    const { row, token } = await createInvitation(app.db, {
      workspaceId: request.actor.workspaceId,
      email: body.email,
      role: body.role,
      invitedBy: request.actor.teammate.id,
      ttlDays: app.config.invitationTtlDays,
    });
    return presentInvitation(row, `${publicUrlFor(request)}/invite/${token}`);
  });

  app.delete('/invitations/:id', async (request) => {
    assertCanManageTeammates(request.actor);
    const { id } = parseParams(ZInvitationParamsSchema, request.params);
    await revokeInvitation(app.db, request.actor.workspaceId, id);
    return { type: 'invitation', id: String(id), deleted: true };
  });
};

export const publicInvitationRoutes: FastifyPluginAsync = async (app) => {
  app.get('/invitations/by-token/:token', async (request) => {
    const { token } = parseParams(ZTokenParamsSchema, request.params);
    const invitation = await findOpenInvitation(app.db, token);
    const workspace = await getWorkspace(app.db, invitation.workspace_id);
    return {
      type: 'invitation.preview',
      email: invitation.email,
      role: invitation.role,
      workspace_name: workspace.name,
    };
  });

  app.post('/invitations/by-token/:token/accept', async (request, reply) => {
    const { token } = parseParams(ZTokenParamsSchema, request.params);
    const body = parseWith(ZAcceptInvitationRequestSchema, request.body);
    const teammate = await acceptInvitation(app.db, token, body);
    return startSession(request, reply, teammate);
  });
};
