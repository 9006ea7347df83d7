import type { FastifyInstance } from 'fastify';

/**
 * Each commit flushes its own events; this sweep also numbers and publishes any that a crashed process
 * committed but never flushed. Runs every `intervalMs` until the app closes.
 */
export function startEventSweep(app: FastifyInstance, intervalMs: number): void {
  const timer = setInterval(() => void app.eventBus.flush(), intervalMs);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
