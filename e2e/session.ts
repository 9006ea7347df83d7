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

/** A new browser context signed in as `email` (English, 1440×900), on its inbox; page errors go to `problems`. */
export async function signInPage(browser: Browser, baseUrl: string, email: string, problems: string[]): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL('**/inbox/you');
  return page;
}
