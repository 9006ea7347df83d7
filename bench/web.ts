/**
 * The web app's weight and speed. `npm run bench:web`:
 * 1. builds it with Vite and prints every JS/CSS asset, raw and gzipped, and the first load (what index.html
 *    loads eagerly), which must stay at or under 250 KB gzipped;
 * 2. on a real server and PostgreSQL database with 10,000 open conversations, times (Debian Chromium) from
 *    navigation to the All view's list on screen, against the same browser rendering a static HTML list of the
 *    same 10,000 rows. TEST_DATABASE_URL picks the server; creates and drops `charla_bench_web`.
 */
import { execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../e2e/browser.ts';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { migrate } from '../server/db/migrate.ts';
import { ensureDefaultViews } from '../server/domain/views/defaults.ts';
import { registerRealtime } from '../server/realtime/register.ts';
import { bulkContactName, bulkPreview, insertBulkConversations } from '../test/bulk-conversations.ts';
import { buildTeammate, buildWorkspace, TEST_PASSWORD } from '../test/factories.ts';
import { createBenchDatabase, dropBenchDatabase } from './lib/bench-database.ts';
import { staticListHtml } from './lib/static-list.ts';
import { formatTable, percentile } from './lib/stats.ts';
import { readAssets } from './lib/web-bundle.ts';

const DIST = fileURLToPath(new URL('../web/dist', import.meta.url));
const FIRST_LOAD_LIMIT_KB = 250;
const CONVERSATIONS = 10_000;
const RUNS = 7;
const DATABASE = 'charla_bench_web';
const kb = (bytes: number) => bytes / 1024;

execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
const assets = await readAssets(DIST);
const firstLoad = assets.filter((asset) => asset.isEager).reduce((sum, asset) => sum + asset.gzipped, 0);
console.log(
  `\n${formatTable(
    ['asset', 'raw KB', 'gzip KB', 'first load'],
    assets.map((asset) => [asset.file, kb(asset.raw), kb(asset.gzipped), asset.isEager ? 'yes' : 'on demand']),
  )}`,
);
const isWithinLimit = kb(firstLoad) <= FIRST_LOAD_LIMIT_KB;
console.log(
  `first load: ${kb(firstLoad).toFixed(1)} KB gzipped (limit ${FIRST_LOAD_LIMIT_KB} KB) ${isWithinLimit ? 'ok' : 'TOO BIG'}`,
);

/** Navigates and returns the page's own clock (ms since navigation start) at the first frame where `shownAt` is. */
async function timeToShow(page: Page, url: string, shownAt: (arg: string) => number | false, arg: string) {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(shownAt, arg, { polling: 'raf', timeout: 60_000 });
  return Number(await handle.jsonValue());
}

/** In the page: the first row of the windowed list shows conversation 1. */
const appShownAt = (firstName: string) =>
  document.querySelector('.conversation-rows [data-index="0"]')?.textContent?.startsWith(firstName)
    ? performance.now()
    : false;
/** In the page: all the static rows are in the document. */
const staticShownAt = (count: string) =>
  document.querySelectorAll('li').length === Number(count) ? performance.now() : false;

const database = await createBenchDatabase(DATABASE);
const config = loadConfig({ DEMO_WORKSPACE: 'false', LOG_LEVEL: 'silent' });
const app = await buildApp({ config, database });
const browser = await launchBrowser();
try {
  await migrate(database);
  const workspace = await buildWorkspace(database.db, 'Bench');
  const agent = await buildTeammate(database.db, workspace.id, { role: 'admin', name: 'Bench Admin' });
  await ensureDefaultViews(database.db, workspace.id);
  await insertBulkConversations(database.db, workspace.id, CONVERSATIONS);
  await registerRealtime(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
  const rows = Array.from({ length: CONVERSATIONS }, (_, i) => ({
    name: bulkContactName(i + 1),
    preview: bulkPreview(i + 1),
  }));
  const html = staticListHtml(rows);
  await context.route(`${baseUrl}/bench/static-list`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  const page = await context.newPage();
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email').fill(agent.email);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL('**/inbox/you');

  const appTimes: number[] = [];
  const staticTimes: number[] = [];
  for (let run = -1; run < RUNS; run++) {
    const appTime = await timeToShow(page, `${baseUrl}/inbox/all`, appShownAt, bulkContactName(1));
    const staticTime = await timeToShow(page, `${baseUrl}/bench/static-list`, staticShownAt, String(CONVERSATIONS));
    if (run < 0) continue; // warm-up: caches, JIT
    appTimes.push(appTime);
    staticTimes.push(staticTime);
  }
  const [appMedian, staticMedian] = [percentile(appTimes, 0.5), percentile(staticTimes, 0.5)];
  console.log(`\nnavigation → list of ${CONVERSATIONS} conversations on screen, ${RUNS} runs, ms (page clock)\n`);
  console.log(
    formatTable(
      ['page', 'p50', 'min', 'max'],
      [
        ['inbox, All view (windowed list)', appMedian, Math.min(...appTimes), Math.max(...appTimes)],
        ['static HTML, all rows', staticMedian, Math.min(...staticTimes), Math.max(...staticTimes)],
      ],
    ),
  );
  console.log(`ratio inbox / static (p50): ${(appMedian / staticMedian).toFixed(2)}x`);
  if (!isWithinLimit) process.exitCode = 1;
} finally {
  await browser.close();
  await app.close();
  await database.close().catch(() => undefined);
  await dropBenchDatabase(DATABASE);
}
