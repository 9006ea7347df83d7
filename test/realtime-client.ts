import type { FastifyInstance } from 'fastify';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll } from 'vitest';
import type { StreamEvent } from '../protocol/events.ts';
import type { Presence, Ready, SocketReply, Typing } from '../protocol/realtime.ts';
import { buildApp } from '../server/app.ts';
import type { Db } from '../server/db/index.ts';
import type { NewEvent } from '../server/events/outbox.ts';
import { transact } from '../server/events/transact.ts';
import { registerRealtime } from '../server/realtime/register.ts';
import { createTestDatabase } from './database.ts';
import { type TestApp, testConfig } from './harness.ts';

export interface RealtimeTestApp extends TestApp {
  /** http://127.0.0.1:<port> of the listening app. */
  url: string;
}

/** Like `setupTestApp`, with the realtime gateway on and the app listening on a free port. */
export function setupRealtimeApp(env: Record<string, string> = {}): RealtimeTestApp {
  const handle = {} as RealtimeTestApp;
  beforeAll(async () => {
    handle.testDatabase = await createTestDatabase();
    handle.db = handle.testDatabase.database.db;
    handle.config = testConfig(env);
    handle.app = await buildApp({ config: handle.config, database: handle.testDatabase.database });
    await registerRealtime(handle.app);
    handle.url = await handle.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await handle.app?.close();
    await handle.testDatabase?.drop();
  });
  return handle;
}

/** A connected test socket that records everything the server sends it. */
export interface TestSocket {
  socket: Socket;
  events: StreamEvent[];
  typing: Typing[];
  presence: Presence[];
  ready: Promise<Ready>;
  send(name: string, ...args: unknown[]): Promise<SocketReply>;
  close(): void;
}

/** Connects to `/agents` or `/visitors`; rejects with the server's `connect_error` when refused. */
export function connectSocket(
  url: string,
  namespace: '/agents' | '/visitors',
  auth: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<TestSocket> {
  const socket = io(`${url}${namespace}`, {
    auth,
    extraHeaders: headers,
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
  });
  const recorded = { events: [] as StreamEvent[], typing: [] as Typing[], presence: [] as Presence[] };
  socket.on('event', (event: StreamEvent) => recorded.events.push(event));
  socket.on('typing', (typing: Typing) => recorded.typing.push(typing));
  socket.on('presence', (presence: Presence) => recorded.presence.push(presence));
  const ready = new Promise<Ready>((resolve) => socket.once('ready', resolve));
  return new Promise((resolve, reject) => {
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
    socket.once('connect', () =>
      resolve({
        socket,
        ...recorded,
        ready,
        send: (name, ...args) => socket.timeout(5000).emitWithAck(name, ...args),
        close: () => socket.close(),
      }),
    );
  });
}

/** Polls until `check` returns something (not undefined/false), or fails after `timeoutMs`. */
export async function waitFor<T>(check: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Test-only: commits a change's event through the outbox, as a service would. */
export function commitEvent(app: FastifyInstance, workspaceId: string, event: Partial<NewEvent> = {}): Promise<void> {
  return transact(app, workspaceId, async (_trx, emit) => {
    emit({ topic: 'conversation.updated', audience: 'agents', data: { test: true }, ...event });
  });
}

export async function insertContact(db: Db, workspaceId: string): Promise<number> {
  const row = await db
    .insertInto('contacts')
    .values({ workspace_id: workspaceId, role: 'user', email: `${crypto.randomUUID()}@example.com` })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertConversation(db: Db, workspaceId: string, contactId: number): Promise<string> {
  const row = await db
    .insertInto('conversations')
    .values({
      workspace_id: workspaceId,
      contact_id: contactId,
      source_delivered_as: 'customer_initiated',
      source_author_type: 'user',
      source_author_id: String(contactId),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return String(row.id);
}
