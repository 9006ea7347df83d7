import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { claimControlSocket } from './db/backup/control-socket.ts';
import { openConfiguredDatabase } from './db/open.ts';
import { startAssignmentSweeper } from './domain/assignment/queue.ts';
import { startBotSweeper } from './domain/bots/sweep.ts';
import { startSnoozeWaker } from './domain/conversations/wake-snoozed.ts';
import { ensureDemoWorkspace } from './domain/workspaces/demo.ts';
import { startEventSweep } from './events/sweep.ts';
import { registerRealtime } from './realtime/register.ts';
import { startDemoSampleSite } from './sample-site/start.ts';

const config = loadConfig();
// Embedded database: before opening it, make sure no other server has it open; answers `charla backup`.
const controlSocket = await claimControlSocket(config);
const { database, applied } = await openConfiguredDatabase(config);
const demo = config.demoWorkspace ? await ensureDemoWorkspace(database.db, config.demoAdminPassword) : undefined;
const app = await buildApp({ config, database, logger: true });
controlSocket?.serve(app);
startSnoozeWaker(app, config.snoozeCheckIntervalMs);
startBotSweeper(app);
startAssignmentSweeper(app);
startEventSweep(app, 1_000);
await app.jobs.start();
await registerRealtime(app);
await app.listen({ port: config.port, host: config.host });

const port = (app.server.address() as { port: number }).port;
const url = config.publicUrl.replace(`:${config.port}`, `:${port}`);
app.log.info(
  {
    url,
    node: process.version,
    database: database.driver,
    realtime: config.redisUrl ? 'redis' : 'in-process',
    migrationsApplied: applied,
  },
  'Charla is listening',
);
const banner = [`\n  Charla is running at ${url}  (database: ${database.driver}, node ${process.version})`];
if (demo) {
  banner.push(
    `  Demo workspace created. Sign in as ${demo.adminEmail} with password: ${demo.adminPassword}`,
    `  (shown once; reset it with: npm run charla -- set-password --workspace demo --email ${demo.adminEmail})`,
  );
}
const sampleSite = await startDemoSampleSite(app, url);
if (sampleSite) banner.push(`  Sample website with the messenger: ${sampleSite.url}  (play the customer there)`);
console.log(`${banner.join('\n')}\n`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'shutting down: finishing requests in flight');
  const timer = setTimeout(() => {
    app.log.error('shutdown timed out');
    process.exit(1);
  }, config.shutdownTimeoutMs);
  timer.unref();
  sampleSite?.close();
  await app.close();
  await database.close();
  app.log.info('shutdown complete');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
