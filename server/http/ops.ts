import type { FastifyInstance } from 'fastify';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { registerJiraMetrics } from '../domain/integrations/jira/metrics.ts';
import { registerJobMetrics } from '../jobs/metrics.ts';

/**
 * Liveness, readiness (the database answers; Redis, when configured, is reported) and Prometheus metrics. Unauthenticated: keep them off the public
 * edge. Registered on the root instance (not as an encapsulated plugin) so the metrics hook sees every route.
 */
export function registerOps(app: FastifyInstance): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'charla_' });
  const requests = new Counter({
    name: 'charla_http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'charla_http_request_duration_seconds',
    help: 'HTTP request duration by method and route',
    labelNames: ['method', 'route'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  registerJobMetrics(registry, () => app.jobs, app.log);
  registerJiraMetrics(registry, app);

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    duration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });

  app.get('/healthz', async () => ({ status: 'ok' }));

  /**
   * 503 only when the database does not answer: nothing can be served. Redis down is `degraded` with 200,
   * since every request still works and only pushes between processes wait (clients resume once it is back).
   */
  app.get('/readyz', async (_request, reply) => {
    const fanOut = app.hasDecorator('redisFanOut') ? app.redisFanOut : undefined;
    const redis = fanOut ? { redis: fanOut.healthy() ? 'ok' : 'unavailable' } : {};
    try {
      await app.database.ping();
    } catch (error) {
      app.log.warn({ err: error }, 'readiness check failed');
      return reply.status(503).send({ status: 'unavailable', database: app.database.driver, ...redis });
    }
    const degraded = redis.redis === 'unavailable';
    return { status: degraded ? 'degraded' : 'ok', database: app.database.driver, ...redis };
  });

  app.get('/metrics', async (_request, reply) => {
    reply.header('content-type', registry.contentType);
    return registry.metrics();
  });
}
