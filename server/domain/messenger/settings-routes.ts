import type { FastifyPluginAsync } from 'fastify';
import type { MessengerAdminSettings } from '../../../protocol/messenger.ts';
import { ZUpdateMessengerSettingsRequestSchema } from '../../../protocol/messenger.ts';
import { forbidden } from '../../errors.ts';
import { parseWith } from '../../http/validate.ts';
import { randomSecret } from '../../lib/secrets.ts';
import type { Actor } from '../auth/actor.ts';
import { getWorkspace } from '../workspaces/service.ts';
import { getMessengerSettings, updateMessengerSettings } from './settings.ts';
import { messengerSnippet } from './snippet.ts';

function assertAdmin(actor: Actor): void {
  if (actor.teammate.role !== 'admin') throw forbidden('Only admins can change the messenger');
}

/** Settings → Messenger: the snippet, identity verification and its secret, colours, greeting, origins. */
export const messengerSettingsRoutes: FastifyPluginAsync = async (app) => {
  async function present(workspaceId: string): Promise<MessengerAdminSettings> {
    const [workspace, settings] = await Promise.all([
      getWorkspace(app.db, workspaceId),
      getMessengerSettings(app.db, workspaceId),
    ]);
    if (!settings) throw new Error('workspace without settings');
    return {
      type: 'messenger.settings',
      workspace_id: workspace.id,
      identity_verification: settings.identityVerification,
      identity_secret: workspace.identity_secret,
      allowed_origins: settings.allowedOrigins,
      primary_color: settings.primaryColor,
      launcher_color: settings.launcherColor,
      greeting: settings.greeting,
      snippet: messengerSnippet(app.config.publicUrl, workspace.id),
    };
  }

  app.get('/messenger/settings', async (request) => {
    assertAdmin(request.actor);
    return present(request.actor.workspaceId);
  });

  app.put('/messenger/settings', async (request) => {
    assertAdmin(request.actor);
    const input = parseWith(ZUpdateMessengerSettingsRequestSchema, request.body);
    await updateMessengerSettings(app.db, request.actor.workspaceId, input);
    return present(request.actor.workspaceId);
  });

  // A leaked secret is replaced; every site must then sign user_hash with the new one.
  app.post('/messenger/settings/identity-secret', async (request) => {
    assertAdmin(request.actor);
    await app.db
      .updateTable('workspaces')
      .set({ identity_secret: randomSecret() })
      .where('id', '=', request.actor.workspaceId)
      .execute();
    return present(request.actor.workspaceId);
  });
};
