import type { Namespace, Socket } from 'socket.io';
import type {
  AgentClientToServer,
  AgentServerToClient,
  TeammateRef,
  VisitorClientToServer,
  VisitorServerToClient,
} from '../../protocol/realtime.ts';
import type { Role } from '../db/schema.ts';
import type { RoutedEvent } from '../domain/events/visibility.ts';
import type { Revocation } from './revocation.ts';

/** Between app nodes (through the Redis adapter): the events one node committed, and revoked credentials. */
export interface NodeToNode {
  events: (batch: RoutedEvent[]) => void;
  revoke: (revocation: Revocation) => void;
}

/** What a teammate's socket authenticated with: a cookie session (by its hash) or a bearer token (by its id). */
export type AgentCredential = { kind: 'session'; sessionHash: string } | { kind: 'token'; tokenId: number };

export interface AgentSocketData {
  viewer: { kind: 'agent'; workspaceId: string; teammateId: number };
  teammate: TeammateRef;
  credential: AgentCredential;
  /** The teammate's role when the socket connected; a socket outliving a role change is closed. */
  role: Role;
  /** `performance.now()` when the handshake began reading its credentials (see revocation.ts). */
  authStartedAt: number;
  after: number | undefined;
  /** The conversation this socket is looking at, if any. */
  viewing: string | undefined;
}

export interface VisitorSocketData {
  /** A messenger (one contact's events), or a signed ticket page (one ticket's). */
  viewer:
    | { kind: 'visitor'; workspaceId: string; contactId: number }
    | { kind: 'ticket'; workspaceId: string; ticketId: number };
  /** The contact it speaks for: the messenger's, or the customer of the ticket page. */
  contactId: number;
  /** A messenger's visitor session, by the hash it is stored under (a ticket page has none). */
  sessionHash: string | undefined;
  authStartedAt: number;
  after: number | undefined;
}

export type AgentNamespace = Namespace<AgentClientToServer, AgentServerToClient, NodeToNode, AgentSocketData>;
export type VisitorNamespace = Namespace<VisitorClientToServer, VisitorServerToClient, NodeToNode, VisitorSocketData>;
export type AgentSocket = Socket<AgentClientToServer, AgentServerToClient, NodeToNode, AgentSocketData>;
export type VisitorSocket = Socket<VisitorClientToServer, VisitorServerToClient, NodeToNode, VisitorSocketData>;
