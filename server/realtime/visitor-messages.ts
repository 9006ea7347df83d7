import type { FastifyInstance } from 'fastify';
import { ZVisitorTypingMessageSchema } from '../../protocol/realtime.ts';
import { notFound } from '../errors.ts';
import { isConversationVisible } from './conversation-access.ts';
import { onMessage } from './on-message.ts';
import { rooms } from './rooms.ts';
import type { AgentNamespace, VisitorSocket } from './types.ts';

/** A visitor's `typing`, for its own conversations only, relayed to the teammates (limited by message-limits.ts). */
export function handleVisitorMessages(
  app: FastifyInstance,
  agents: AgentNamespace,
  socket: VisitorSocket,
  { workspaceId, contactId }: { workspaceId: string; contactId: number },
): void {
  onMessage(socket, app.log, 'typing', ZVisitorTypingMessageSchema, async ({ conversation_id, is_typing }) => {
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
