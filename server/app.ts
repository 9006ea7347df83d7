import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { Db } from './db/index.ts';
import { assignmentRoutes } from './domain/assignment/routes.ts';
import { publicAuthRoutes, sessionRoutes } from './domain/auth/routes.ts';
import { workflowRoutes } from './domain/bots/routes.ts';
import { contactRoutes } from './domain/contacts/routes.ts';
import { conversationRoutes } from './domain/conversations/routes.ts';
import { draftRoutes } from './domain/drafts/routes.ts';
import { eventRoutes } from './domain/events/routes.ts';
import { jiraRoutes } from './domain/integrations/jira/routes.ts';
import { jiraWebhookRoutes } from './domain/integrations/jira/webhook-routes.ts';
import { invitationRoutes, publicInvitationRoutes } from './domain/invitations/routes.ts';
import { messengerRoutes } from './domain/messenger/routes.ts';
import { messengerSettingsRoutes } from './domain/messenger/settings-routes.ts';
import { preferenceRoutes } from './domain/preferences/routes.ts';
import { savedReplyRoutes } from './domain/saved-replies/routes.ts';
import { searchRoutes } from './domain/search/routes.ts';
import { tagRoutes } from './domain/tags/routes.ts';
import { teammateRoutes } from './domain/teammates/routes.ts';
import { teamRoutes } from './domain/teams/routes.ts';
import { customerLinkRoutes } from './domain/tickets/customer-link-routes.ts';
import { ticketPortalRoutes } from './domain/tickets/portal-routes.ts';
import { ticketRoutes } from './domain/tickets/routes.ts';
import { tokenRoutes } from './domain/tokens/routes.ts';
import { unreadRoutes } from './domain/unread/routes.ts';
import { viewRoutes } from './domain/views/routes.ts';
import { webhookRoutes } from './domain/webhooks/routes.ts';
import { handleError } from './errors.ts';
import { createEventBus, type EventBus } from './events/bus.ts';
import { numberPendingEvents } from './events/relay.ts';
import { authenticate } from './http/authenticate.ts';
import { registerMessengerAssets } from './http/messenger-assets.ts';
import { registerOps } from './http/ops.ts';
import { securityHeaders } from './http/security-headers.ts';
import { refuseUnstorableText } from './http/text-guard.ts';
import { registerWeb } from './http/web.ts';
import { createJobs, type Jobs } from './jobs/jobs.ts';

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    db: Db;
    config: Config;
    eventBus: EventBus;
    /** Background jobs; `main.ts` starts them (tests: `setupTestApp(env, { jobs: true })`), `close()` stops them. */
    jobs: Jobs;
  }
}

export interface AppOptions {
  config: Config;
  database: Database;
  /** Where committed events go; pass one to observe them (tests) or to share it. */
  eventBus?: EventBus;
  /** The job queue; one on the same database by default (not started). */
  jobs?: Jobs;
  /** pino options, or false for silence (tests). */
  logger?: boolean | object;
}

/** Builds the whole HTTP app around an open database. Never listens: `main.ts` does, tests use `inject()`. */
export async function buildApp({
  config,
  database,
  eventBus,
  jobs,
  logger = false,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      logger === true
        ? { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] }
        : logger,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
  });
  app.decorate('database', database);
  app.decorate('db', database.db);
  app.decorate('config', config);
  app.decorate(
    'eventBus',
    eventBus ??
      createEventBus(
        () => numberPendingEvents(database.db),
        (error) => app.log.error({ err: error }, 'numbering events failed'),
      ),
  );
  app.decorate('jobs', jobs ?? createJobs({ database, config, log: app.log }));
  // Before the caller closes the database: running jobs finish first.
  app.addHook('onClose', () => app.jobs.stop());
  app.decorateRequest('actor', null as never);
  app.setErrorHandler(handleError);
  app.addHook('onSend', securityHeaders);
  // Text PostgreSQL would refuse (NUL, a lone surrogate) is a 400 for every route, before any handler runs.
  app.addHook('preValidation', refuseUnstorableText);

  await app.register(fastifyCookie);
  registerOps(app);
  await app.register(
    async (api) => {
      await api.register(publicAuthRoutes);
      await api.register(publicInvitationRoutes);
      await api.register(messengerRoutes);
      await api.register(ticketPortalRoutes);
      await api.register(jiraWebhookRoutes);
      await api.register(async (authenticated) => {
        authenticated.addHook('onRequest', authenticate);
        await authenticated.register(sessionRoutes);
        await authenticated.register(teammateRoutes);
        await authenticated.register(preferenceRoutes);
        await authenticated.register(unreadRoutes);
        await authenticated.register(teamRoutes);
        await authenticated.register(invitationRoutes);
        await authenticated.register(tokenRoutes);
        await authenticated.register(contactRoutes);
        await authenticated.register(conversationRoutes);
        await authenticated.register(draftRoutes);
        await authenticated.register(searchRoutes);
        await authenticated.register(tagRoutes);
        await authenticated.register(savedReplyRoutes);
        await authenticated.register(viewRoutes);
        await authenticated.register(eventRoutes);
        await authenticated.register(workflowRoutes);
        await authenticated.register(messengerSettingsRoutes);
        await authenticated.register(assignmentRoutes);
        await authenticated.register(webhookRoutes);
        await authenticated.register(ticketRoutes);
        await authenticated.register(customerLinkRoutes);
        await authenticated.register(jiraRoutes);
      });
    },
    { prefix: '/api' },
  );
  await registerMessengerAssets(app);
  await registerWeb(app);
  return app;
}
