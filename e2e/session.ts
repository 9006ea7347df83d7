import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { TEST_PASSWORD } from '../test/factories.ts';

/** Calls the API with a bearer token, expecting 200; answers the JSON body. */
export function apiCaller(baseUrl: string, token: () => string) {
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}/api${path}`, {
      method,
      headers: { authorization: `Bearer ${token()}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(response.status, await response.clone().text()).toBe(200);
    return response.json();
  };
}

export interface SignInOptions {
  /** Also count console errors (other than failed loads) as problems. */
  consoleErrors?: boolean;
  /** Default timeout of the context's waits, so a failing wait names itself before the test times out. */
  timeoutMs?: number;
  /** Let axe-core be injected (the app's CSP allows no inline scripts). */
  bypassCSP?: boolean;
  /** A phone: 390×844, touch only (no mouse), as Chromium's device emulation gives it. */
  phone?: boolean;
}

/**
 * A new browser context signed in as `email` (English, 1440×900), on its inbox; page errors (and, if
 * asked, console errors) go to `problems`.
 */
export async function signInPage(
  browser: Browser,
  baseUrl: string,
  email: string,
  problems: string[],
  options: SignInOptions = {},
): Promise<Page> {
  const context = await browser.newContext({
    locale: 'en-US',
    viewport: options.phone ? { width: 390, height: 844 } : { width: 1440, height: 900 },
    ...(options.phone ? { isMobile: true, hasTouch: true } : {}),
    bypassCSP: options.bypassCSP ?? false,
  });
  if (options.timeoutMs) context.setDefaultTimeout(options.timeoutMs);
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(error.message));
  if (options.consoleErrors) {
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        problems.push(message.text());
      }
    });
  }
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL('**/inbox/you');
  return page;
}
