import type { Namespace, Socket } from 'socket.io';
import type {
  AgentClientToServer,
  AgentServerToClient,
  TeammateRef,
  VisitorClientToServer,
  VisitorServerToClient,
} from '../../protocol/realtime.ts';
import type { RoutedEvent } from '../domain/events/visibility.ts';

/** Between app nodes (through the Redis adapter): the events one node committed. */
export interface NodeToNode {
  events: (batch: RoutedEvent[]) => void;
}

export interface AgentSocketData {
  viewer: { kind: 'agent'; workspaceId: string; teammateId: number };
  teammate: TeammateRef;
  after: number | undefined;
  /** The conversation this socket is looking at, if any. */
  viewing: string | undefined;
}

export interface VisitorSocketData {
  /** A messenger (one contact's events), or a signed ticket page (one ticket's). */
  viewer:
    | { kind: 'visitor'; workspaceId: string; contactId: number }
    | { kind: 'ticket'; workspaceId: string; ticketId: number };
  after: number | undefined;
}

export type AgentNamespace = Namespace<AgentClientToServer, AgentServerToClient, NodeToNode, AgentSocketData>;
export type VisitorNamespace = Namespace<VisitorClientToServer, VisitorServerToClient, NodeToNode, VisitorSocketData>;
export type AgentSocket = Socket<AgentClientToServer, AgentServerToClient, NodeToNode, AgentSocketData>;
export type VisitorSocket = Socket<VisitorClientToServer, VisitorServerToClient, NodeToNode, VisitorSocketData>;
