import { IntercomClient } from 'intercom-client';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContact } from './contact-factories.ts';
import { buildTeamWorkspace } from './factories.ts';
import { setupTestApp } from './harness.ts';

/** Intercom's official Node SDK, pointed at Charla, for the contacts endpoints. */
describe('intercom-client contacts against Charla', () => {
  const t = setupTestApp({}, { listen: true });
  let client: IntercomClient;
  let workspaceId: string;

  beforeAll(async () => {
    const workspace = await buildTeamWorkspace(t.db);
    workspaceId = workspace.workspace.id;
    client = new IntercomClient({ baseUrl: `${t.url}/api`, token: workspace.agentToken, maxRetries: 0 });
  });

  it('creates, finds, updates and deletes a contact', async () => {
    const created = await client.contacts.create({
      email: 'sdk@example.com',
      name: 'SDK User',
      custom_attributes: { plan: 'pro' },
    });
    expect(created).toMatchObject({
      type: 'contact',
      role: 'user',
      email: 'sdk@example.com',
      workspace_id: workspaceId,
    });

    const found = await client.contacts.find({ contact_id: created.id });
    expect(found).toMatchObject({ id: created.id, name: 'SDK User', custom_attributes: { plan: 'pro' } });

    const updated = await client.contacts.update({
      contact_id: created.id,
      external_id: 'sdk-1',
      custom_attributes: { seats: 4 },
    });
    expect(updated).toMatchObject({ external_id: 'sdk-1', custom_attributes: { plan: 'pro', seats: 4 } });
    const byExternalId = await client.contacts.showContactByExternalId({ external_id: 'sdk-1' });
    expect(byExternalId.id).toBe(created.id);

    const deleted = await client.contacts.delete({ contact_id: created.id });
    expect(deleted).toMatchObject({ id: created.id, external_id: 'sdk-1', deleted: true });
    await expect(client.contacts.find({ contact_id: created.id })).rejects.toMatchObject({ statusCode: 404 });
  });

  it('lists every contact with the auto-pager, which stops at the last page', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 7; i++) ids.add(String((await buildContact(t.db, workspaceId)).id));
    const page = await client.contacts.list({ per_page: 2 });
    const seen: string[] = [];
    for await (const contact of page) seen.push(contact.id);
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of ids) expect(seen).toContain(id);
  });

  it('searches with the DSL and pages through the results', async () => {
    for (const plan of ['gold', 'gold', 'gold', 'silver']) {
      await buildContact(t.db, workspaceId, { custom_attributes: { plan } });
    }
    const page = await client.contacts.search({
      query: {
        operator: 'AND',
        value: [
          { field: 'custom_attributes.plan', operator: '=', value: 'gold' },
          { field: 'created_at', operator: '>', value: 1_000_000_000 },
        ],
      },
      pagination: { per_page: 2 },
    });
    expect(page.data).toHaveLength(2);
    const seen: string[] = [];
    for await (const contact of page) seen.push(contact.id);
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);
  });

  it('raises the SDK’s BadRequestError for a malformed search', async () => {
    await expect(
      client.contacts.search({ query: { field: 'shoe_size', operator: '=', value: '42' } }),
    ).rejects.toMatchObject({ statusCode: 400, body: { errors: [{ field: 'query.field' }] } });
  });
});
