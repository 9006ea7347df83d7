import type { Socket } from 'socket.io';
import type { Refused, SocketReply } from '../../protocol/realtime.ts';
import { type Allowance, createAllowance } from './throttle.ts';

/** At most `perSocket` messages from one socket and `perPerson` from all of one person's sockets per window. */
export interface MessageLimit {
  perSocket: number;
  perPerson: number;
  windowMs: number;
}

/** The inbox sends `typing` every 3 s while a teammate types and `viewing` on each conversation opened. */
export const AGENT_MESSAGE_LIMIT: MessageLimit = { perSocket: 40, perPerson: 100, windowMs: 10_000 };
/** A messenger sends only `typing`, every few seconds while the customer types; a signed ticket page nothing. */
export const VISITOR_MESSAGE_LIMIT: MessageLimit = { perSocket: 20, perPerson: 40, windowMs: 10_000 };

type Refusal = Refused['error'];
const RATE_LIMITED: Refusal = { code: 'rate_limited', message: 'Too many messages: slow down' };
const UNKNOWN: Refusal = { code: 'unknown_message', message: 'No such message' };

/**
 * Answers a refused message: through its acknowledgement callback when it passed one, else with a `refused`
 * notice — at most one per window per socket, so a flood is not echoed back.
 */
function createRefuser(socket: Socket, windowMs: number) {
  let noticedAt = Number.NEGATIVE_INFINITY;
  return (name: unknown, args: unknown[], error: Refusal, now: number): void => {
    const ack = args.at(-1);
    if (typeof ack === 'function') return void (ack as (reply: SocketReply) => void)({ ok: false, error });
    if (noticedAt > now - windowMs) return;
    noticedAt = now;
    const refused: Refused = { type: 'refused', message: String(name).slice(0, 100), error };
    socket.emit('refused', refused);
  };
}

/** Socket.IO itself listens to `error` (a no-op, so that a client's `error` message cannot crash the process). */
function isHandled(socket: Socket, name: string): boolean {
  return name !== 'error' && socket.listeners(name).length > 0;
}

/**
 * Rate limits every client message, whatever its name, before any handler runs: per socket, and per person
 * (a teammate or a contact) across their sockets on this app process. Each process counts its own sockets,
 * so a person with tabs on N processes may send up to N times `perPerson`; each socket stays within
 * `perSocket` everywhere. A refused message is dropped and answered (see `createRefuser`); it never touches
 * other sockets. A message no handler listens to is answered `unknown_message`.
 */
export function createMessageLimits(limit: MessageLimit) {
  const people = new Map<string, { allowance: Allowance; sockets: number }>();

  function personAllowance(socket: Socket, personKey: string): Allowance {
    const person = people.get(personKey) ?? {
      allowance: createAllowance(limit.perPerson, limit.windowMs),
      sockets: 0,
    };
    person.sockets += 1;
    people.set(personKey, person);
    socket.once('disconnect', () => {
      person.sockets -= 1;
      if (person.sockets === 0) people.delete(personKey);
    });
    return person.allowance;
  }

  return {
    attach(socket: Socket, personKey: string): void {
      const own = createAllowance(limit.perSocket, limit.windowMs);
      const person = personAllowance(socket, personKey);
      const refuse = createRefuser(socket, limit.windowMs);
      socket.use(([name, ...args], next) => {
        const now = performance.now();
        if (!own.hasRoom(now) || !person.hasRoom(now)) return refuse(name, args, RATE_LIMITED, now);
        own.take(now);
        person.take(now);
        if (!isHandled(socket, name)) return refuse(name, args, UNKNOWN, now);
        next();
      });
    },
  };
}
