import type { Language } from '../../../protocol/common.ts';
import type { CustomerTicketCommentSent, CustomerTicketList } from '../../../protocol/customer-tickets.ts';
import type {
  MessengerBoot,
  MessengerBootRequest,
  MessengerConversation,
  MessengerSend,
} from '../../../protocol/messenger.ts';
import type { PublicTicket } from '../../../protocol/tickets.ts';
import type { Identity } from '../../shared/settings.ts';
import { ApiError } from './retry.ts';

interface ConversationList {
  type: 'messenger.conversation.list';
  conversations: MessengerConversation[];
  unread_count: number;
}

/**
 * The messenger API, as this visitor. Every call but boot carries the visitor token; failures become
 * `ApiError`s with the server's error code and message (status 0: the network).
 */
export function createApi(appId: string, token: () => string | null) {
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {};
    const visitor = token();
    if (visitor) headers['x-charla-visitor'] = visitor;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(`/api/messenger${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'omit',
      });
    } catch {
      throw new ApiError(0, 'network', 'The network is unreachable');
    }
    if (response.status === 204) return undefined as T;
    const payload = (await response.json().catch(() => null)) as
      | (T & { type?: string; errors?: { code: string; message: string }[] })
      | null;
    if (!response.ok || !payload) {
      const first = payload?.errors?.[0];
      throw new ApiError(response.status, first?.code ?? 'server_error', first?.message ?? response.statusText);
    }
    return payload;
  }

  const key = (id: string) => encodeURIComponent(id);
  return {
    boot: (request: MessengerBootRequest) => call<MessengerBoot>('POST', `/${key(appId)}/boot`, request),
    update: (identity: Identity) => call<MessengerBoot>('PUT', '/me', identity),
    listConversations: () => call<ConversationList>('GET', '/conversations'),
    getConversation: (id: string) => call<MessengerConversation>('GET', `/conversations/${key(id)}`),
    start: (body: string, idempotencyKey: string, language: Language) =>
      call<MessengerSend>('POST', '/conversations', { body, idempotency_key: idempotencyKey, language }),
    reply: (id: string, body: string, idempotencyKey: string) =>
      call<MessengerSend>('POST', `/conversations/${key(id)}/reply`, { body, idempotency_key: idempotencyKey }),
    answer: (id: string, stepId: string, optionId: string, idempotencyKey: string) =>
      call<MessengerSend>('POST', `/conversations/${key(id)}/answer`, {
        step_id: stepId,
        option_id: optionId,
        idempotency_key: idempotencyKey,
      }),
    markRead: (id: string) => call<void>('POST', `/conversations/${key(id)}/read`),
    track: (name: string, metadata?: Record<string, string | number | boolean>) =>
      call<void>('POST', '/events', { event_name: name, ...(metadata ? { metadata } : {}) }),
    listTickets: (language: Language) => call<CustomerTicketList>('GET', `/tickets?language=${language}`),
    getTicket: (id: string, language: Language) =>
      call<PublicTicket>('GET', `/tickets/${key(id)}?language=${language}`),
    commentTicket: (id: string, body: string, idempotencyKey: string) =>
      call<CustomerTicketCommentSent>('POST', `/tickets/${key(id)}/comments`, {
        body,
        idempotency_key: idempotencyKey,
      }),
    readTicket: (id: string) => call<void>('POST', `/tickets/${key(id)}/read`),
  };
}
