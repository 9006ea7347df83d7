import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { ZIdParamSchema } from '../../../protocol/common.ts';
import { ZCreateAccessTokenRequestSchema } from '../../../protocol/tokens.ts';
import { parseParams, parseWith } from '../../http/validate.ts';
import { revokeSockets } from '../../realtime/revocation.ts';
import { assertCanManageTokens } from './policy.ts';
import { presentAccessToken } from './presenter.ts';
import { createAccessToken, listAccessTokens, revokeAccessToken } from './service.ts';

const ZTokenParamsSchema = z.object({ id: ZIdParamSchema });

/** Charla-only: access tokens for scripts, managed by admins. */
export const tokenRoutes: FastifyPluginAsync = async (app) => {
  app.get('/tokens', async (request) => {
    assertCanManageTokens(request.actor);
    const rows = await listAccessTokens(app.db, request.actor.workspaceId);
    return { type: 'list', data: rows.map((row) => presentAccessToken(row)) };
  });

  app.post('/tokens', async (request) => {
    assertCanManageTokens(request.actor);
    const { name } = parseWith(ZCreateAccessTokenRequestSchema, request.body);
    const { row, token } = await createAccessToken(app.db, {
      workspaceId: request.actor.workspaceId,
      teammateId: request.actor.teammate.id,
      name,
    });
    return presentAccessToken(row, token);
  });

  app.delete('/tokens/:id', async (request) => {
    assertCanManageTokens(request.actor);
    const { id } = parseParams(ZTokenParamsSchema, request.params);
    await revokeAccessToken(app.db, request.actor.workspaceId, id);
    revokeSockets(app, {
      target: { kind: 'token', workspaceId: request.actor.workspaceId, tokenId: id },
      reason: 'token_deleted',
    });
    return { type: 'access_token', id: String(id), deleted: true };
  });
};
