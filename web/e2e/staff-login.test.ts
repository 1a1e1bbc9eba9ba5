import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from '../../api/src/test-support/browser.ts';
import { demoTestPassword, startTestServer, type TestServer } from '../../api/src/test-support/test-server.ts';

describe.skipIf(!hasChromium)('staff login in a real browser', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('logs the demo admin in with the keyboard, shows the users, and logs out', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('E-mailadres').fill('admin@demo.klankbord.nl');
    await page.getByLabel('Wachtwoord').fill('niet-goed-wachtwoord');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('klopt niet');

    await page.getByLabel('Wachtwoord').fill(demoTestPassword);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Welkom' }).waitFor();
    await page.getByRole('link', { name: 'Gebruikers' }).click();
    await page.locator('td', { hasText: 'onderzoeker@demo.klankbord.nl' }).waitFor();
    expect(await page.getByRole('row').count()).toBeGreaterThanOrEqual(6);

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { name: 'Inloggen voor medewerkers' }).waitFor();
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
    expect(me).toBe(401);
    await context.close();
  });
});
