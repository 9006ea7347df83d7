import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { ZIdParamSchema } from '../../../../protocol/common.ts';
import { ZLinkJiraIssueRequestSchema, ZSaveJiraSettingsRequestSchema } from '../../../../protocol/jira.ts';
import { forbidden } from '../../../errors.ts';
import { parseParams, parseWith } from '../../../http/validate.ts';
import type { Actor } from '../../auth/actor.ts';
import { jiraTicketHooks } from '../../tickets/hooks.ts';
import { renderTicket } from '../../tickets/render.ts';
import { connectJira, describeJiraError } from './client.ts';
import { registerJiraJobs } from './jobs.ts';
import { queueJiraComments, requestJiraLink, retryJiraLink, unlinkJiraIssue } from './links.ts';
import {
  connectionOf,
  deleteJiraSettings,
  findJiraSettings,
  presentJiraSettings,
  rememberJiraAccount,
  requireJiraSettings,
  rotateJiraWebhookSecret,
  saveJiraSettings,
} from './settings.ts';

const ZTicketParamsSchema = z.object({ id: ZIdParamSchema });
const ZLinkParamsSchema = z.object({ id: ZIdParamSchema, key: z.string().min(1).max(64) });

function assertAdmin(actor: Actor): void {
  if (actor.teammate.role !== 'admin') throw forbidden('Only admins can change the Jira connection');
}

/** Jira settings (admins), and linking tickets to Jira issues (every teammate). */
export const jiraRoutes: FastifyPluginAsync = async (app) => {
  await registerJiraJobs(app);
  jiraTicketHooks.afterReply = (trx, appended) => queueJiraComments(app, trx, appended.part);

  const ticketAsSeenBy = (actor: Actor, id: number) =>
    renderTicket(app.db, actor.workspaceId, id, actor.teammate.id, actor.teammate.language);

  const present = async (actor: Actor) => {
    const row = await findJiraSettings(app.db, actor.workspaceId);
    const failed = await app.db
      .selectFrom('jira_links')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', actor.workspaceId)
      .where('sync_state', '=', 'failed')
      .executeTakeFirstOrThrow();
    return presentJiraSettings(app.config, actor.workspaceId, row, {
      showSecret: actor.teammate.role === 'admin',
      failedLinks: Number(failed.n),
    });
  };

  app.get('/integrations/jira', async (request) => present(request.actor));

  app.put('/integrations/jira', async (request) => {
    assertAdmin(request.actor);
    const body = parseWith(ZSaveJiraSettingsRequestSchema, request.body);
    await saveJiraSettings(app.db, app.config, request.actor.workspaceId, body);
    return present(request.actor);
  });

  app.delete('/integrations/jira', async (request) => {
    assertAdmin(request.actor);
    await deleteJiraSettings(app.db, request.actor.workspaceId);
    return present(request.actor);
  });

  app.post('/integrations/jira/rotate_webhook_secret', async (request) => {
    assertAdmin(request.actor);
    await rotateJiraWebhookSecret(app.db, request.actor.workspaceId);
    return present(request.actor);
  });

  /** Who Charla is in Jira and whether the project exists: the "Test connection" button. */
  app.post('/integrations/jira/test', async (request) => {
    assertAdmin(request.actor);
    const settings = await requireJiraSettings(app.db, request.actor.workspaceId);
    try {
      const jira = connectJira(connectionOf(app.config, settings));
      const me = await jira.myself();
      await rememberJiraAccount(app.db, settings.workspace_id, me.accountId);
      const project = await jira.project(settings.project_key);
      return { ok: true, account: { account_id: me.accountId, display_name: me.displayName }, project };
    } catch (error) {
      return { ok: false, error: describeJiraError(error) };
    }
  });

  app.post('/tickets/:id/jira_issues', async (request) => {
    const { id } = parseParams(ZTicketParamsSchema, request.params);
    const body = parseWith(ZLinkJiraIssueRequestSchema, request.body);
    await requestJiraLink(app, request.actor, id, body);
    return ticketAsSeenBy(request.actor, id);
  });

  app.delete('/tickets/:id/jira_issues/:key', async (request) => {
    const { id, key } = parseParams(ZLinkParamsSchema, request.params);
    await unlinkJiraIssue(app, request.actor, id, key);
    return ticketAsSeenBy(request.actor, id);
  });

  app.post('/tickets/:id/jira_issues/:key/retry', async (request) => {
    const { id, key } = parseParams(ZLinkParamsSchema, request.params);
    await retryJiraLink(app, request.actor, id, key);
    return ticketAsSeenBy(request.actor, id);
  });
};
