import { io, type Socket } from 'socket.io-client';
import type { CharlaEvent, StreamEvent } from '../../../protocol/events.ts';
import type { AgentClientToServer, AgentServerToClient } from '../../../protocol/realtime.ts';
import { api } from '../api.ts';

/** `AGENTS_NAMESPACE` of protocol/realtime.ts, written out so the zod schemas stay out of the bundle. */
const AGENTS_NAMESPACE = '/agents';
/** How long a missing event may take to arrive (several server processes) before it is fetched over HTTP. */
const GAP_WAIT_MS = 1500;

/** `null`: the stream (re)started, so anything may have changed — reload what is on screen. */
export type RealtimeListener = (event: CharlaEvent | null) => void;

/**
 * The tab's one connection to `/agents`. Applies events in id order exactly once, remembers the last id, and
 * resumes from it after any disconnection; a gap it cannot close is fetched from `GET /api/events`.
 */
export class AgentConnection {
  readonly socket: Socket<AgentServerToClient, AgentClientToServer>;
  private lastId: number | undefined;
  private readonly waiting = new Map<number, StreamEvent>();
  private readonly listeners = new Set<RealtimeListener>();
  private gapTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(csrfToken: string) {
    this.socket = io(AGENTS_NAMESPACE, {
      // A function, so every reconnection attempt resumes from the latest applied id.
      auth: (send) =>
        send(this.lastId === undefined ? { csrf_token: csrfToken } : { csrf_token: csrfToken, after: this.lastId }),
      withCredentials: true,
    });
    this.socket.on('event', (event) => this.receive(event));
    this.socket.on('ready', ({ last_id }) => {
      if (this.lastId !== undefined) return;
      this.lastId = last_id;
      this.notify(null);
    });
  }

  subscribe(listener: RealtimeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    clearTimeout(this.gapTimer);
    this.listeners.clear();
    this.socket.close();
  }

  private receive(event: StreamEvent): void {
    if (this.lastId === undefined) {
      this.apply(event);
      return;
    }
    if (event.id <= this.lastId) return;
    this.waiting.set(event.id, event);
    this.drain();
  }

  private drain(): void {
    for (let next = this.waiting.get((this.lastId ?? 0) + 1); next; next = this.waiting.get((this.lastId ?? 0) + 1)) {
      this.waiting.delete(next.id);
      this.apply(next);
    }
    clearTimeout(this.gapTimer);
    this.gapTimer = this.waiting.size > 0 ? setTimeout(() => void this.fetchMissing(), GAP_WAIT_MS) : undefined;
  }

  private async fetchMissing(): Promise<void> {
    try {
      for (let hasMore = true; hasMore; ) {
        const page = await api.listEventsAfter(this.lastId ?? 0);
        for (const event of page.events) this.receive(event);
        hasMore = page.has_more;
      }
    } catch {
      // Skip what cannot be fetched and let every screen reload from the API instead.
      this.lastId = Math.max(this.lastId ?? 0, ...this.waiting.keys());
      this.waiting.clear();
      this.notify(null);
    }
  }

  private apply(event: StreamEvent): void {
    this.lastId = event.id;
    if (event.type === 'event') this.notify(event);
  }

  private notify(event: CharlaEvent | null): void {
    for (const listener of this.listeners) listener(event);
  }
}
