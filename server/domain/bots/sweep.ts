import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { textToHtml } from '../../../protocol/text.ts';
import { DEFAULT_TEXTS } from '../../../protocol/workflows.ts';
import { transact } from '../../events/transact.ts';
import { type Services, writeContext } from '../conversations/context.ts';
import { appendPart } from '../conversations/parts.ts';
import { type AppliedActions, assignHandedOff, recordHandoff } from './actions.ts';

const BATCH = 100;

interface Candidate {
  workspace_id: string;
  id: number;
}

/**
 * No conversation stays with the bot for ever: one whose customer stopped answering for `idleMinutes`, or
 * that is with the bot without a waiting run (a fault), is handed to a person, saying why. Any number of
 * processes may run this at once: each conversation is taken under a row lock, skipping locked ones.
 * Returns how many were handed off.
 */
export async function handOffStuckConversations(services: Services, idleMinutes: number, now = new Date()) {
  const idleSince = new Date(now.getTime() - idleMinutes * 60_000);
  const { rows } = await sql<Candidate>`
    SELECT c.workspace_id, c.id FROM conversations c
    LEFT JOIN bot_runs r ON r.workspace_id = c.workspace_id AND r.conversation_id = c.id
    WHERE c.bot_phase = 'bot' AND (r.status IS DISTINCT FROM 'waiting' OR r.updated_at <= ${idleSince})
    ORDER BY c.id LIMIT ${BATCH}`.execute(services.db);
  let handedOff = 0;
  for (const candidate of rows) {
    const done = await transact(services, candidate.workspace_id, async (trx, emit) => {
      const row = await trx
        .selectFrom('conversations')
        .selectAll()
        .where('workspace_id', '=', candidate.workspace_id)
        .where('id', '=', candidate.id)
        .where('bot_phase', '=', 'bot')
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!row) return false;
      const run = await trx
        .selectFrom('bot_runs')
        .selectAll()
        .where('workspace_id', '=', row.workspace_id)
        .where('conversation_id', '=', row.id)
        .executeTakeFirst();
      const isIdle = run?.status === 'waiting';
      if (isIdle && run.updated_at > idleSince) return false;
      const reason = isIdle ? 'customer_idle' : 'no_waiting_run';
      const applied: AppliedActions = { row, parts: [] };
      if (isIdle) {
        const text = DEFAULT_TEXTS.handoff[run.language];
        const part = { partType: 'comment' as const, authorType: 'bot' as const, authorId: null, isPublic: true };
        applied.row = (
          await appendPart(trx, emit, row, { ...part, body: textToHtml(text) }, writeContext(undefined))
        ).conversation;
      }
      await recordHandoff(trx, emit, applied, reason, { deferAssignment: true });
      await trx
        .updateTable('bot_runs')
        .set({ status: 'handed_off', outcome_reason: reason, updated_at: new Date() })
        .where('workspace_id', '=', row.workspace_id)
        .where('conversation_id', '=', row.id)
        .execute();
      await assignHandedOff(trx, emit, applied);
      return true;
    });
    if (done) handedOff++;
  }
  return handedOff;
}

/** Runs the sweep every `intervalMs` until the app closes. */
export function startBotSweeper(app: FastifyInstance): void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    handOffStuckConversations(app, app.config.botIdleHandoffMinutes)
      .catch((error) => app.log.error({ err: error }, 'handing off idle bot conversations failed'))
      .finally(() => {
        running = false;
      });
  }, app.config.botSweepIntervalMs);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
