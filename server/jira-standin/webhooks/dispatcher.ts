import { createHmac, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Webhook } from './registry.ts';

/**
 * Sends webhook deliveries: asynchronously, in order per webhook and issue, signed when the webhook has a secret,
 * retried with doubling delays on the statuses Jira Cloud retries (408, 409, 425, 429, 5xx) and on network failure.
 * Every delivery is logged; `dropNext` loses deliveries on purpose, as a flaky network would.
 */

export type DeliveryStatus = 'pending' | 'delivered' | 'failed' | 'dropped';

export interface Delivery {
  /** `X-Atlassian-Webhook-Identifier`: one per event and webhook, the same on every retry and redelivery. */
  id: string;
  webhookId: number;
  url: string;
  event: string;
  issueKey: string;
  status: DeliveryStatus;
  dropped: boolean;
  /** A copy sent again through `redeliverLast`. */
  redelivery: boolean;
  attempts: number;
  responseStatus?: number;
  error?: string;
  payload: unknown;
  /** The exact bytes sent (and signed). */
  body: string;
}

export interface DispatcherOptions {
  retries: number;
  retryDelayMs: number;
  timeoutMs: number;
  log?: (line: string) => void;
}

const RETRYABLE = new Set([408, 409, 425, 429]);
const isRetryable = (status: number) => RETRYABLE.has(status) || status >= 500;

export class WebhookDispatcher {
  readonly deliveries: Delivery[] = [];
  private readonly chains = new Map<string, Promise<void>>();
  private readonly waiters = new Set<() => void>();
  private readonly closing = new AbortController();
  private dropBudget = 0;
  private readonly options: DispatcherOptions;

  constructor(options: DispatcherOptions) {
    this.options = options;
  }

  enqueue(webhook: Webhook, event: string, issueKey: string, payload: unknown): Delivery {
    const delivery: Delivery = {
      id: randomUUID(),
      webhookId: webhook.id,
      url: webhook.url,
      event,
      issueKey,
      status: 'pending',
      dropped: false,
      redelivery: false,
      attempts: 0,
      payload,
      body: JSON.stringify(payload),
    };
    this.deliveries.push(delivery);
    if (this.dropBudget > 0) {
      this.dropBudget--;
      delivery.dropped = true;
      this.settle(delivery, 'dropped');
      this.options.log?.(`dropped ${event} ${issueKey} → ${webhook.url} (on purpose)`);
      return delivery;
    }
    this.schedule(delivery, webhook, 0);
    return delivery;
  }

  dropNext(count: number): void {
    this.dropBudget += count;
  }

  /** Sends the most recent delivery again, with the same identifier and body (a duplicate, as after a lost ack). */
  redeliverLast(webhooks: (id: number) => Webhook | undefined): Delivery | undefined {
    const last = this.deliveries.at(-1);
    const webhook = last && webhooks(last.webhookId);
    if (!last || !webhook) return undefined;
    const earlierAttempts = this.deliveries.filter((d) => d.id === last.id).reduce((sum, d) => sum + d.attempts, 0);
    const copy: Delivery = { ...last, status: 'pending', dropped: false, redelivery: true, attempts: 0 };
    delete copy.responseStatus;
    delete copy.error;
    this.deliveries.push(copy);
    this.schedule(copy, webhook, earlierAttempts);
    return copy;
  }

  /** Resolves once at least `count` deliveries have settled (delivered, failed or dropped). */
  waitFor(count: number, timeoutMs = 5_000): Promise<void> {
    const settled = () => this.deliveries.filter((d) => d.status !== 'pending').length;
    if (settled() >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = () => {
        if (settled() < count) return;
        cleanup();
        resolve();
      };
      const timer = setTimeout(() => {
        cleanup();
        const summary = this.deliveries.map((d) => `${d.event} ${d.issueKey} ${d.status}`).join(', ') || 'none';
        reject(new Error(`waited ${timeoutMs} ms for ${count} settled webhook deliveries; have: ${summary}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
    });
  }

  /** Stops retries and in-flight sends; pending deliveries stay pending. */
  close(): void {
    this.closing.abort();
  }

  private schedule(delivery: Delivery, webhook: Webhook, earlierAttempts: number): void {
    const queue = `${webhook.id}:${delivery.issueKey}`;
    const previous = this.chains.get(queue) ?? Promise.resolve();
    const next = previous.then(() => this.deliver(delivery, webhook, earlierAttempts));
    this.chains.set(queue, next);
    void next.then(() => {
      if (this.chains.get(queue) === next) this.chains.delete(queue);
    });
  }

  private async deliver(delivery: Delivery, webhook: Webhook, earlierAttempts: number): Promise<void> {
    for (let attempt = 0; attempt <= this.options.retries; attempt++) {
      if (attempt > 0) {
        const waited = await sleep(this.options.retryDelayMs * 2 ** (attempt - 1), true, {
          signal: this.closing.signal,
        }).catch(() => false);
        if (!waited) return;
      }
      if (this.closing.signal.aborted) return;
      const retryable = await this.attempt(delivery, webhook, earlierAttempts + attempt);
      if (delivery.status !== 'pending' || !retryable) return;
    }
    this.settle(delivery, 'failed');
  }

  /** One POST. Answers whether a failure may be retried. */
  private async attempt(delivery: Delivery, webhook: Webhook, retryNumber: number): Promise<boolean> {
    delivery.attempts++;
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'User-Agent': 'Atlassian Webhook HTTP Client',
      'X-Atlassian-Webhook-Identifier': delivery.id,
    };
    if (retryNumber > 0) headers['X-Atlassian-Webhook-Retry'] = String(retryNumber);
    if (webhook.secret) {
      headers['X-Hub-Signature'] = `sha256=${createHmac('sha256', webhook.secret).update(delivery.body).digest('hex')}`;
    }
    const where = `${delivery.event} ${delivery.issueKey} → ${delivery.url}`;
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers,
        body: delivery.body,
        redirect: 'manual',
        signal: AbortSignal.any([this.closing.signal, AbortSignal.timeout(this.options.timeoutMs)]),
      });
      await response.body?.cancel();
      delivery.responseStatus = response.status;
      this.options.log?.(`${where}: ${response.status}`);
      if (response.ok) this.settle(delivery, 'delivered');
      else if (!isRetryable(response.status)) this.settle(delivery, 'failed');
      return isRetryable(response.status);
    } catch (error) {
      delivery.error = error instanceof Error ? error.message : String(error);
      this.options.log?.(`${where}: ${delivery.error}`);
      return true;
    }
  }

  private settle(delivery: Delivery, status: Exclude<DeliveryStatus, 'pending'>): void {
    delivery.status = status;
    for (const waiter of [...this.waiters]) waiter();
  }
}
