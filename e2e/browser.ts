import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';

const WEB_BUILD = fileURLToPath(new URL('../web/dist/index.html', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('../artifacts/screenshots/', import.meta.url));

/** The browser tests drive the built app, as the server serves it. */
export function assertWebBuilt(): void {
  if (!existsSync(WEB_BUILD)) {
    throw new Error('web/dist/index.html is missing: run `npm run build` before the browser tests.');
  }
}

/** Debian's Chromium, headless, with everything that phones home turned off. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Saves `artifacts/screenshots/<name>.png` for people to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true, animations: 'disabled' });
}
