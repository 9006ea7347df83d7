import type { FastifyInstance } from 'fastify';
import { Gauge, type Registry } from 'prom-client';

/** `charla_jira_links{sync_state}`: ticket ↔ issue links by state; `failed` ones show "Sync failed — retry". */
export function registerJiraMetrics(registry: Registry, app: FastifyInstance): void {
  new Gauge({
    name: 'charla_jira_links',
    help: 'Links between tickets and Jira issues by sync state (pending, ok, failed), all workspaces',
    labelNames: ['sync_state'] as const,
    registers: [registry],
    async collect() {
      try {
        const rows = await app.db
          .selectFrom('jira_links')
          .select(['sync_state', (eb) => eb.fn.countAll<number>().as('n')])
          .groupBy('sync_state')
          .execute();
        this.reset();
        for (const state of ['pending', 'ok', 'failed'] as const) {
          this.set({ sync_state: state }, Number(rows.find((row) => row.sync_state === state)?.n ?? 0));
        }
      } catch (error) {
        app.log.warn({ err: error }, 'counting Jira links for /metrics failed');
      }
    },
  });
}
