import type { FastifyInstance } from 'fastify';
import { ZVisitorTypingMessageSchema } from '../../protocol/realtime.ts';
import { notFound } from '../errors.ts';
import { isConversationVisible } from './conversation-access.ts';
import { onMessage } from './on-message.ts';
import { rooms } from './rooms.ts';
import { createThrottle } from './throttle.ts';
import type { AgentNamespace, VisitorSocket } from './types.ts';

/** A messenger sends typing every few seconds while the customer types; far more is abuse. */
const TYPING_PER_WINDOW = 20;

/** A visitor's `typing`, for its own conversations only, relayed to the workspace's teammates. */
export function handleVisitorMessages(
  app: FastifyInstance,
  agents: AgentNamespace,
  socket: VisitorSocket,
  { workspaceId, contactId }: { workspaceId: string; contactId: number },
): void {
  const throttle = createThrottle(TYPING_PER_WINDOW, 10_000);
  onMessage(socket, app.log, 'typing', ZVisitorTypingMessageSchema, async ({ conversation_id, is_typing }) => {
    throttle();
    if (!(await isConversationVisible(app.db, workspaceId, conversation_id, contactId))) {
      throw notFound('conversation_not_found', 'Conversation not found');
    }
    agents.to(rooms.agents(workspaceId)).emit('typing', {
      type: 'typing',
      conversation_id,
      is_typing,
      author: { type: 'contact', id: String(contactId) },
    });
    return undefined;
  });
}
