import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  type Presence,
  type TeammateRef,
  ZAgentTypingMessageSchema,
  ZViewingMessageSchema,
} from '../../protocol/realtime.ts';
import { notFound } from '../errors.ts';
import { conversationContact, isConversationVisible } from './conversation-access.ts';
import { onMessage } from './on-message.ts';
import { rooms } from './rooms.ts';
import type { AgentNamespace, AgentSocket, VisitorNamespace } from './types.ts';

/**
 * `typing`, `viewing` and `stop_viewing` from a teammate, relayed to the workspace's other teammates; typing a
 * reply (not a note) also reaches the customer's messenger.
 */
export function handleAgentMessages(
  app: FastifyInstance,
  { agents, visitors }: { agents: AgentNamespace; visitors: VisitorNamespace },
  socket: AgentSocket,
  isShuttingDown: () => boolean,
): void {
  const { viewer, teammate } = socket.data;
  const { workspaceId } = viewer;
  const toOtherTeammates = () =>
    agents.to(rooms.agents(workspaceId)).except(rooms.teammate(workspaceId, viewer.teammateId));
  const presence = (conversationId: string, viewing: boolean): Presence => ({
    type: 'presence',
    conversation_id: conversationId,
    viewing,
    admin: teammate,
  });

  async function assertVisible(conversationId: string): Promise<void> {
    if (!(await isConversationVisible(app.db, workspaceId, conversationId))) {
      throw notFound('conversation_not_found', 'Conversation not found');
    }
  }

  async function viewersOf(conversationId: string): Promise<TeammateRef[]> {
    const sockets = await agents.in(rooms.conversation(workspaceId, conversationId)).fetchSockets();
    const byId = new Map(sockets.map((s) => [s.data.teammate.id, s.data.teammate]));
    byId.delete(teammate.id);
    return [...byId.values()];
  }

  /** Ends this socket's viewing; says so unless the same teammate still views it from another tab. */
  async function stopViewing(): Promise<void> {
    const conversationId = socket.data.viewing;
    if (conversationId === undefined) return;
    socket.data.viewing = undefined;
    socket.leave(rooms.conversation(workspaceId, conversationId));
    if (!isShuttingDown()) {
      const sockets = await agents.in(rooms.conversation(workspaceId, conversationId)).fetchSockets();
      if (sockets.some((s) => s.data.teammate.id === teammate.id)) return;
    }
    toOtherTeammates().emit('presence', presence(conversationId, false));
  }

  onMessage(socket, app.log, 'typing', ZAgentTypingMessageSchema, async ({ conversation_id, is_typing, kind }) => {
    const contactId = await conversationContact(app.db, workspaceId, conversation_id);
    if (contactId === undefined) throw notFound('conversation_not_found', 'Conversation not found');
    const typing = { type: 'typing' as const, conversation_id, is_typing, author: teammate };
    toOtherTeammates().emit('typing', typing);
    if (kind === 'reply') visitors.to(rooms.contact(workspaceId, contactId)).emit('typing', typing);
    return undefined;
  });

  onMessage(socket, app.log, 'viewing', ZViewingMessageSchema, async ({ conversation_id }) => {
    await assertVisible(conversation_id);
    if (socket.data.viewing !== conversation_id) {
      await stopViewing();
      socket.join(rooms.conversation(workspaceId, conversation_id));
      socket.data.viewing = conversation_id;
      toOtherTeammates().emit('presence', presence(conversation_id, true));
    }
    return { ok: true, viewers: await viewersOf(conversation_id) };
  });

  onMessage(socket, app.log, 'stop_viewing', z.unknown(), async () => {
    await stopViewing();
    return undefined;
  });

  socket.on('disconnect', () => {
    stopViewing().catch((error: unknown) => app.log.warn({ err: error }, 'could not end viewing'));
  });
}
