import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../api/src/test-support/browser.ts';
import { useServerAndBrowser } from './browser-test.ts';
import { demoTestPassword } from '../../api/src/test-support/test-server.ts';

describe.skipIf(!hasChromium)('staff login in a real browser', () => {
  const env = useServerAndBrowser();

  it('logs the demo admin in with the keyboard, shows the users, and logs out', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.server.url}/login`);
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
