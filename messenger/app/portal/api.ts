import type { Language } from '../../../protocol/common.ts';
import type { CustomerTicketCommentSent, TicketPortal } from '../../../protocol/customer-tickets.ts';
import { ApiError } from '../core/retry.ts';
import type { PortalLink } from './link.ts';

/** The signed page's API: the link's signature is its only key (no cookies). */
export function createPortalApi(link: PortalLink) {
  const base = `/api/ticket-portal/${link.workspaceId}/${link.ticketId}`;
  const query = (language?: Language) =>
    `?s=${encodeURIComponent(link.signature)}${language ? `&lang=${language}` : ''}`;

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetch(path, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'omit',
      });
    } catch {
      throw new ApiError(0, 'network', 'The network is unreachable');
    }
    const payload = (await response.json().catch(() => null)) as
      | (T & { errors?: { code: string; message: string }[] })
      | null;
    if (!response.ok || !payload) {
      const first = payload?.errors?.[0];
      throw new ApiError(response.status, first?.code ?? 'server_error', first?.message ?? response.statusText);
    }
    return payload;
  }

  return {
    get: (language?: Language) => call<TicketPortal>('GET', `${base}${query(language)}`),
    comment: (body: string, idempotencyKey: string) =>
      call<CustomerTicketCommentSent>('POST', `${base}/comments${query()}`, { body, idempotency_key: idempotencyKey }),
  };
}

export type PortalApi = ReturnType<typeof createPortalApi>;
