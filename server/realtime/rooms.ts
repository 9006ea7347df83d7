/**
 * Every realtime room name, built here only. Names carry the workspace id, so no room of one workspace
 * can ever match another's.
 */
export const rooms = {
  /** All teammates' sockets of a workspace (on `/agents`). */
  agents: (workspaceId: string) => `ws:${workspaceId}:agents`,
  /** One teammate's sockets (every tab), for events only they may see. */
  teammate: (workspaceId: string, teammateId: number) => `ws:${workspaceId}:teammate:${teammateId}`,
  /** Teammates' sockets currently viewing a conversation (presence). */
  conversation: (workspaceId: string, conversationId: string) => `ws:${workspaceId}:conversation:${conversationId}`,
  /** A contact's messenger sockets (on `/visitors`). */
  contact: (workspaceId: string, contactId: number) => `ws:${workspaceId}:contact:${contactId}`,
  /** Signed ticket pages open on one customer ticket (on `/visitors`): its public events only. */
  ticket: (workspaceId: string, ticketId: string | number) => `ws:${workspaceId}:ticket:${ticketId}`,
};
