import type { AfterReply } from '../conversations/reply.ts';

/**
 * Where the Jira integration plugs into tickets without tickets importing it: set once at start-up
 * (server/domain/integrations/jira/register.ts). Each hook runs inside the ticket's transaction.
 */
export const jiraTicketHooks: { afterReply?: AfterReply } = {};
