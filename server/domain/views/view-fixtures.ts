import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { ZConversationListSchema } from '../../../protocol/conversations.ts';
import { ZViewListSchema } from '../../../protocol/views.ts';
import { buildConversation, insertContact } from '../../../test/conversation-factories.ts';
import { bearer, buildTeamWorkspace } from '../../../test/factories.ts';
import type { Db } from '../../db/index.ts';

/** Test helpers for views: conversations are built and changed through the real API. */
export function viewFixtures(app: () => FastifyInstance, db: () => Db) {
  async function call(token: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) {
    const response = await app().inject({ method, url, headers: bearer(token), ...(payload ? { payload } : {}) });
    return response;
  }

  async function ok(token: string, method: 'POST' | 'PUT', url: string, payload: object) {
    const response = await call(token, method, url, payload);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  return {
    call,
    async workspace(name?: string) {
      const team = await buildTeamWorkspace(db(), name);
      const contact = await insertContact(db(), team.workspace.id);
      return { ...team, contact };
    },
    conversation: (token: string, contactId: number, body?: string) => buildConversation(app(), token, contactId, body),
    assign: (token: string, id: string, assigneeId: number, type: 'admin' | 'team' = 'admin') =>
      ok(token, 'POST', `/api/conversations/${id}/parts`, {
        message_type: 'assignment',
        type,
        assignee_id: assigneeId,
      }),
    close: (token: string, id: string) =>
      ok(token, 'POST', `/api/conversations/${id}/parts`, { message_type: 'close' }),
    snooze: (token: string, id: string) =>
      ok(token, 'POST', `/api/conversations/${id}/parts`, {
        message_type: 'snoozed',
        snoozed_until: Math.floor(Date.now() / 1000) + 3600,
      }),
    note: (token: string, id: string, body: string) =>
      ok(token, 'POST', `/api/conversations/${id}/reply`, { message_type: 'note', type: 'admin', body }),
    reply: (token: string, id: string, body = 'Te ayudo ahora mismo') =>
      ok(token, 'POST', `/api/conversations/${id}/reply`, { message_type: 'comment', type: 'admin', body }),
    update: (token: string, id: string, payload: object) => ok(token, 'PUT', `/api/conversations/${id}`, payload),
    tag: async (token: string, id: string, name: string) => {
      const tag = await ok(token, 'POST', '/api/tags', { name });
      await ok(token, 'POST', `/api/conversations/${id}/tags`, { id: tag.id });
      return tag.id as string;
    },
    /** No API sets the bot phase before the bots issue; the bot's own writes will. */
    setBotPhase: (id: string, phase: 'bot' | 'handed_off' | null) =>
      db().updateTable('conversations').set({ bot_phase: phase }).where('id', '=', Number(id)).execute(),
    async listIds(token: string, viewId: string, query = '') {
      const response = await call(token, 'GET', `/api/views/${viewId}/conversations?per_page=150${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return ZConversationListSchema.parse(response.json()).conversations.map((c) => c.id);
    },
    async counts(token: string) {
      const response = await call(token, 'GET', '/api/views');
      expect(response.statusCode, response.body).toBe(200);
      const list = ZViewListSchema.strict().parse(response.json());
      return Object.fromEntries(list.views.map((view) => [view.id, view.count]));
    },
    createView: (token: string, payload: object) => ok(token, 'POST', '/api/views', payload),
    viewCount: async () =>
      Number(
        (
          await db()
            .selectFrom('views')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
  };
}
