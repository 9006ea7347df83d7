import { describe, expect, it } from 'vitest';
import { ZUnreadSchema } from '../../../protocol/unread.ts';
import { buildConversation, insertContact } from '../../../test/conversation-factories.ts';
import { bearer, buildTeamWorkspace } from '../../../test/factories.ts';
import { setupTestApp } from '../../../test/harness.ts';

const t = setupTestApp();

async function unreadOf(token: string): Promise<number> {
  const response = await t.app.inject({ url: '/api/me/unread', headers: bearer(token) });
  expect(response.statusCode).toBe(200);
  return ZUnreadSchema.strict().parse(response.json()).assigned_to_me;
}

function act(token: string, method: 'POST' | 'PUT', url: string, payload: object) {
  return t.app.inject({ method, url: `/api/conversations/${url}`, headers: bearer(token), payload });
}

describe('the unread count of the tab title', () => {
  it('counts open conversations assigned to me where the customer wrote since I read them', async () => {
    const { workspace, adminToken, agent, agentToken } = await buildTeamWorkspace(t.db);
    const contact = await insertContact(t.db, workspace.id);
    const first = await buildConversation(t.app, adminToken, contact.id);
    const second = await buildConversation(t.app, adminToken, contact.id);
    await buildConversation(t.app, adminToken, contact.id);
    expect(await unreadOf(agentToken)).toBe(0);

    for (const id of [first, second]) {
      await act(adminToken, 'POST', `${id}/parts`, {
        message_type: 'assignment',
        type: 'admin',
        assignee_id: agent.id,
      });
    }
    expect(await unreadOf(agentToken)).toBe(2);
    expect(await unreadOf(adminToken)).toBe(0);

    await act(agentToken, 'PUT', first, { read: true });
    expect(await unreadOf(agentToken)).toBe(1);

    await act(adminToken, 'POST', `${first}/reply`, {
      type: 'user',
      message_type: 'comment',
      intercom_user_id: String(contact.id),
      body: 'Any news?',
    });
    expect(await unreadOf(agentToken)).toBe(2);

    await act(agentToken, 'POST', `${second}/parts`, { message_type: 'close', type: 'admin' });
    expect(await unreadOf(agentToken)).toBe(1);
  });

  it('counts nothing of another workspace', async () => {
    const mine = await buildTeamWorkspace(t.db);
    const theirs = await buildTeamWorkspace(t.db);
    const contact = await insertContact(t.db, theirs.workspace.id);
    const id = await buildConversation(t.app, theirs.adminToken, contact.id);
    await act(theirs.adminToken, 'POST', `${id}/parts`, {
      message_type: 'assignment',
      type: 'admin',
      assignee_id: theirs.agent.id,
    });
    expect(await unreadOf(theirs.agentToken)).toBe(1);
    expect(await unreadOf(mine.agentToken)).toBe(0);
  });
});
