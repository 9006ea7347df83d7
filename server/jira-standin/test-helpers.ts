import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCloudClient } from 'jira.js';
import { DEFAULT_ACCOUNT } from './options.ts';

/** Test helpers for the stand-in: a real jira.js client, ADF text, and a webhook receiver on a free port. */

export function jiraClient(host: string, apiToken = DEFAULT_ACCOUNT.apiToken, email = DEFAULT_ACCOUNT.email) {
  // 'throw' makes every response prove it matches jira.js's own schemas.
  return createCloudClient({ host, auth: { type: 'basic', email, apiToken }, onSchemaMismatch: 'throw' });
}

export const adf = (text: string) => ({
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  rawBody: Buffer;
  body: Record<string, unknown>;
}

/** A webhook endpoint that records every request; `answer` picks the status (default 200). */
export async function startReceiver(answer: (received: ReceivedWebhook) => number = () => 200) {
  const received: ReceivedWebhook[] = [];
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks);
    const entry = { headers: request.headers, rawBody, body: JSON.parse(rawBody.toString('utf8')) };
    received.push(entry);
    response.writeHead(answer(entry)).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/jira/webhooks`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Polls until `condition` holds; fails with `what` after `timeoutMs`. */
export async function waitUntil(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export async function rejection(promise: Promise<unknown>): Promise<{ status: number; body: unknown }> {
  try {
    await promise;
  } catch (error) {
    return error as { status: number; body: unknown };
  }
  throw new Error('expected the request to fail');
}
