import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/index.ts';
import type { AgentNamespace } from '../../realtime/types.ts';
import { afterCommit, drainTeamsOf } from './queue.ts';

/**
 * Records that a teammate has the inbox open now. One statement per teammate, so a refresh never locks
 * several teammate rows at once (assignment share-locks them in id order).
 */
export async function markSeen(db: Db, workspaceId: string, teammateId: number, now = new Date()): Promise<void> {
  await db
    .updateTable('teammates')
    .set({ last_seen_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', teammateId)
    .execute();
}

/**
 * "Seen online" for assignment: a teammate is seen when an inbox socket connects, and every interval while
 * one stays connected on this process (a background tab keeps its socket, so it stays online). Connecting
 * also hands out their teams' queues, which may have waited for somebody online.
 */
export function trackAgentPresence(app: FastifyInstance, agents: AgentNamespace): void {
  agents.on('connection', (socket) => {
    const { workspaceId, teammateId } = socket.data.viewer;
    void afterCommit(app, 'marking a teammate online', async () => {
      await markSeen(app.db, workspaceId, teammateId);
      await drainTeamsOf(app, workspaceId, teammateId);
    });
  });
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    const seen = new Map<string, { workspaceId: string; teammateId: number }>();
    for (const socket of agents.sockets.values()) {
      const { workspaceId, teammateId } = socket.data.viewer;
      seen.set(`${workspaceId}:${teammateId}`, { workspaceId, teammateId });
    }
    void afterCommit(app, 'refreshing who is online', async () => {
      for (const { workspaceId, teammateId } of seen.values()) await markSeen(app.db, workspaceId, teammateId);
    }).finally(() => {
      running = false;
    });
  }, app.config.presenceIntervalMs);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
