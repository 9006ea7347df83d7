import { describe, expect, it } from 'vitest';
import { ZConversationListSchema } from '../../../protocol/conversations.ts';
import { setupTestApp } from '../../../test/harness.ts';
import { viewFixtures } from './view-fixtures.ts';

const t = setupTestApp();
const f = viewFixtures(
  () => t.app,
  () => t.db,
);

interface Known {
  id: string;
  lastPartAt: number;
  waitingSince: number | null;
}

/** Eight conversations with ties on every sort key; two answered by an agent (no longer waiting). */
async function buildTimeline() {
  const w = await f.workspace();
  const base = Math.floor(Date.now() / 1000) - 3600;
  const known: Known[] = [];
  for (const offset of [10, 20, 20, 30, 40, 40, 50, 60]) {
    const response = await f.call(w.adminToken, 'POST', '/api/conversations', {
      from: { type: 'user', id: String(w.contact.id) },
      body: `Hola ${offset}`,
      created_at: base + offset,
    });
    known.push({ id: response.json().conversation_id, lastPartAt: base + offset, waitingSince: base + offset });
  }
  for (const [index, at] of [
    [1, base + 70],
    [4, base + 70],
  ] as const) {
    const answered = known[index] as Known;
    await f.call(w.adminToken, 'POST', `/api/conversations/${answered.id}/reply`, {
      message_type: 'comment',
      type: 'admin',
      body: 'Ya estoy contigo',
      created_at: at,
    });
    Object.assign(answered, { lastPartAt: at, waitingSince: null });
  }
  return { ...w, known };
}

const byId = (a: Known, b: Known) => Number(a.id) - Number(b.id);
const expectedOrder = {
  newest: (known: Known[]) => [...known].sort((a, b) => b.lastPartAt - a.lastPartAt || -byId(a, b)),
  oldest: (known: Known[]) => [...known].sort((a, b) => a.lastPartAt - b.lastPartAt || byId(a, b)),
  waiting_longest: (known: Known[]) =>
    [...known].sort((a, b) => (a.waitingSince ?? Infinity) - (b.waitingSince ?? Infinity) || byId(a, b)),
};

async function walk(token: string, url: string) {
  const ids: string[] = [];
  let next: string | undefined;
  for (let pages = 0; pages < 10; pages++) {
    const query = next ? `&starting_after=${next}` : '';
    const page = ZConversationListSchema.parse((await f.call(token, 'GET', `${url}&per_page=3${query}`)).json());
    ids.push(...page.conversations.map((c) => c.id));
    expect(page.total_count).toBe(8);
    next = page.pages.next?.starting_after;
    if (!next) return ids;
  }
  throw new Error('pagination did not end');
}

describe('view sorting and paging', () => {
  for (const sort of ['newest', 'oldest', 'waiting_longest'] as const) {
    it(`orders ${sort} with id as the tie-break and pages through without gaps or duplicates`, async () => {
      const { agentToken, known } = await buildTimeline();
      const ids = await walk(agentToken, `/api/views/all/conversations?sort=${sort}`);
      expect(ids).toEqual(expectedOrder[sort](known).map((k) => k.id));
    });
  }

  it('uses the saved view’s own sort unless the request names one', async () => {
    const { agentToken, known } = await buildTimeline();
    const view = await f.createView(agentToken, { name: 'Cola', sort: 'waiting_longest' });
    expect(await f.listIds(agentToken, view.id)).toEqual(expectedOrder.waiting_longest(known).map((k) => k.id));
    expect(await f.listIds(agentToken, view.id, '&sort=oldest')).toEqual(expectedOrder.oldest(known).map((k) => k.id));
  });
});
