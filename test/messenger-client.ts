import { createHmac, randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { MessengerBoot, MessengerSend } from '../protocol/messenger.ts';

/** A customer's browser talking to the messenger API, through `inject()`. */
export class MessengerClient {
  token = '';
  boot?: MessengerBoot;
  readonly app: FastifyInstance;
  readonly appId: string;

  constructor(app: FastifyInstance, appId: string) {
    this.app = app;
    this.appId = appId;
  }

  async start(identity: Record<string, unknown> = {}): Promise<MessengerBoot> {
    const response = await this.app.inject({
      method: 'POST',
      url: `/api/messenger/${this.appId}/boot`,
      payload: { ...(this.token ? { visitor_token: this.token } : {}), ...identity },
    });
    if (response.statusCode !== 200) throw new Error(`boot: ${response.statusCode} ${response.body}`);
    this.boot = response.json();
    this.token = this.boot?.visitor_token ?? '';
    return this.boot as MessengerBoot;
  }

  request(method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown): Promise<LightMyRequestResponse> {
    return this.app.inject({
      method,
      url: `/api/messenger${url}`,
      headers: { 'x-charla-visitor': this.token },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  }

  async ok<T = MessengerSend>(method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown): Promise<T> {
    const response = await this.request(method, url, payload);
    if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    return response.json();
  }

  send(body: string, key: string = randomUUID()) {
    return this.ok('POST', '/conversations', { body, idempotency_key: key });
  }

  reply(conversationId: string, body: string, key: string = randomUUID()) {
    return this.ok('POST', `/conversations/${conversationId}/reply`, { body, idempotency_key: key });
  }

  answer(conversationId: string, stepId: string, optionId: string, key: string = randomUUID()) {
    return this.ok('POST', `/conversations/${conversationId}/answer`, {
      step_id: stepId,
      option_id: optionId,
      idempotency_key: key,
    });
  }
}

export function userHash(secret: string, id: string): string {
  return createHmac('sha256', secret).update(id).digest('hex');
}
