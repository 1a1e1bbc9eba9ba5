import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../api/src/test-support/browser.ts';
import { demoTestPassword, startTestServer, type TestServer } from '../../api/src/test-support/test-server.ts';

export interface BrowserTestEnv {
  readonly server: TestServer;
  readonly browser: Browser;
}

/** Starts the real server on demo data and a headless Chromium before the tests of a file, and stops both after. */
export function useServerAndBrowser(): BrowserTestEnv {
  const env = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    env.server = await startTestServer();
    env.browser = await launchBrowser();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * Logs a demo staff account in through the login page, in a fresh context, and waits for the welcome page. The
 * browser is a Dutch one, as staff's are: date fields read dd-mm-jjjj, not the headless default mm/dd/yyyy.
 */
export async function logInAsStaff(env: BrowserTestEnv, email: string, password = demoTestPassword): Promise<Page> {
  const context = await env.browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  const page = await context.newPage();
  await page.goto(`${env.server.url}/login`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Welkom' }).waitFor();
  return page;
}
