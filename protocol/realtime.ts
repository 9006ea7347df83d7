import { z } from 'zod';
import type { StreamEvent } from './events.ts';

/** Socket.IO namespaces: teammates (inbox) and messenger visitors. */
export const AGENTS_NAMESPACE = '/agents';
export const VISITORS_NAMESPACE = '/visitors';

const ZConversationIdSchema = z.union([z.string().regex(/^\d{1,15}$/), z.number().int().positive()]).transform(String);
/** The last event id the client has applied; the server replays what came after it before going live. */
const ZAfterSchema = z.coerce.number().int().min(0).optional();

/**
 * Handshake `auth` of `/agents`: a bearer token, or (in the browser) the session cookie plus the session's
 * CSRF token, so that another site cannot open a socket with the teammate's cookie.
 */
export const ZAgentHandshakeSchema = z.object({
  token: z.string().min(1).max(500).optional(),
  csrf_token: z.string().min(1).max(200).optional(),
  after: ZAfterSchema,
});
export type AgentHandshake = z.input<typeof ZAgentHandshakeSchema>;

/** Handshake `auth` of `/visitors`: the visitor session token (`<workspace>.<secret>`). */
export const ZVisitorHandshakeSchema = z.object({ token: z.string().min(1).max(200), after: ZAfterSchema });
export type VisitorHandshake = z.input<typeof ZVisitorHandshakeSchema>;

/**
 * Handshake `auth` of `/visitors` for the signed ticket page: the ticket and its link's signature (`?s=`). The
 * socket then gets that ticket's public events only.
 */
export const ZTicketViewerHandshakeSchema = z.object({
  ticket: z.object({
    workspace_id: z.string().regex(/^[a-z0-9]{1,40}$/),
    ticket_id: ZConversationIdSchema,
    signature: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/),
  }),
  after: ZAfterSchema,
});
export type TicketViewerHandshake = z.input<typeof ZTicketViewerHandshakeSchema>;

// Client → server messages. Each may pass an acknowledgement callback, answered with a `SocketReply`.
/** `kind: 'reply'` also shows the customer that a teammate is typing; a note (the default) never does. */
export const ZAgentTypingMessageSchema = z.object({
  conversation_id: ZConversationIdSchema,
  is_typing: z.boolean(),
  kind: z.enum(['reply', 'note']).default('note'),
});
export const ZViewingMessageSchema = z.object({ conversation_id: ZConversationIdSchema });
export const ZVisitorTypingMessageSchema = z.object({
  conversation_id: ZConversationIdSchema,
  is_typing: z.boolean().default(true),
});

const ZTeammateRefSchema = z.object({ type: z.literal('admin'), id: z.string(), name: z.string() });

// Server → client messages.
/** Sent once the replay (if any) is done and live events follow: the client's cursor from here on. */
export const ZReadySchema = z.object({ type: z.literal('ready'), last_id: z.number() });
export const ZTypingSchema = z.object({
  type: z.literal('typing'),
  conversation_id: z.string(),
  is_typing: z.boolean(),
  author: z.union([ZTeammateRefSchema, z.object({ type: z.literal('contact'), id: z.string() })]),
});
/** Who is looking at a conversation (a collision notice); `viewing: false` when they leave or disconnect. */
export const ZPresenceSchema = z.object({
  type: z.literal('presence'),
  conversation_id: z.string(),
  viewing: z.boolean(),
  admin: ZTeammateRefSchema,
});
/** The answer to `viewing`: the other teammates looking at the same conversation right now. */
export const ZViewersSchema = z.object({ ok: z.literal(true), viewers: z.array(ZTeammateRefSchema) });
export const ZSocketReplySchema = z.union([
  ZViewersSchema,
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
]);

/**
 * Sent just before the server closes a socket whose credentials stopped counting (sign-out, password change,
 * deactivation, token deleted, contact blocked or deleted). After `role_changed` the connection drops without
 * a Socket.IO disconnect, so the client reconnects by itself and comes back under the new role.
 */
export const ZRevokedSchema = z.object({
  type: z.literal('revoked'),
  reason: z.enum([
    'signed_out',
    'password_changed',
    'deactivated',
    'role_changed',
    'token_deleted',
    'contact_blocked',
    'contact_deleted',
    // Found by the periodic check: the session or token ended, or the teammate or contact is gone, another way.
    'credentials_invalid',
  ]),
});
/**
 * A client message refused without an acknowledgement callback to answer (rate limited or malformed): at most
 * one per message name per rate-limit window, so a flood is not echoed back.
 */
export const ZRefusedSchema = z.object({
  type: z.literal('refused'),
  message: z.string(),
  error: z.object({ code: z.string(), message: z.string() }),
});

export type Ready = z.infer<typeof ZReadySchema>;
export type Revoked = z.infer<typeof ZRevokedSchema>;
export type RevocationReason = Revoked['reason'];
export type Refused = z.infer<typeof ZRefusedSchema>;
export type Typing = z.infer<typeof ZTypingSchema>;
export type Presence = z.infer<typeof ZPresenceSchema>;
export type TeammateRef = z.infer<typeof ZTeammateRefSchema>;
export type SocketReply = z.infer<typeof ZSocketReplySchema>;

/** Socket.IO event maps, for typed servers and clients. */
export interface AgentServerToClient {
  event: (event: StreamEvent) => void;
  ready: (ready: Ready) => void;
  typing: (typing: Typing) => void;
  presence: (presence: Presence) => void;
  revoked: (revoked: Revoked) => void;
  refused: (refused: Refused) => void;
}
export interface VisitorServerToClient {
  event: (event: StreamEvent) => void;
  ready: (ready: Ready) => void;
  typing: (typing: Typing) => void;
  revoked: (revoked: Revoked) => void;
  refused: (refused: Refused) => void;
}
type Ack = (reply: SocketReply) => void;
export interface AgentClientToServer {
  typing: (message: z.input<typeof ZAgentTypingMessageSchema>, ack?: Ack) => void;
  viewing: (message: z.input<typeof ZViewingMessageSchema>, ack?: Ack) => void;
  stop_viewing: (ack?: Ack) => void;
}
export interface VisitorClientToServer {
  typing: (message: z.input<typeof ZVisitorTypingMessageSchema>, ack?: Ack) => void;
}
