import { Gauge, type Registry } from 'prom-client';
import type { Jobs, JobsLog } from './jobs.ts';

/**
 * `charla_jobs{queue,state}`: jobs waiting (`created`), running (`active`), failed and waiting for another
 * attempt (`retrying`) and failed for good (`failed`, kept for the queue's retention). Counted in one grouped
 * query per scrape; nothing while the queue is not started in this process.
 */
export function registerJobMetrics(registry: Registry, jobs: () => Jobs, log: JobsLog): void {
  new Gauge({
    name: 'charla_jobs',
    help: 'Background jobs by queue and state (created, active, retrying, failed)',
    labelNames: ['queue', 'state'] as const,
    registers: [registry],
    async collect() {
      if (!jobs().isStarted) return;
      try {
        const stats = await jobs().stats();
        this.reset();
        for (const { queue, ...states } of stats) {
          for (const [state, count] of Object.entries(states)) this.set({ queue, state }, count);
        }
      } catch (error) {
        log.warn({ err: error }, 'counting jobs for /metrics failed');
      }
    },
  });
}
