import AxeBuilder from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from '../../api/src/test-support/browser.ts';
import { startTestServer, type TestServer } from '../../api/src/test-support/test-server.ts';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../api/src/organisations/fixtures/${name}`, import.meta.url));
const setupToken = 'browser-test-setup-token';

describe.skipIf(!hasChromium)('a real organisation in the browser: first run, DUO import with preview', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer('pglite', { demo: false, setupToken });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const schoolCount = async () => (await server.database.db.selectFrom('schools').select('id').execute()).length;

  it('sets up the organisation on a phone, then the admin previews and imports DUO schools', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await phone.newPage();
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Nieuwe organisatie inrichten' }).click();
    await page.getByLabel('Inrichtingscode').fill('niet-de-code');
    await page.getByLabel('Naam van de organisatie').fill('SWV Kennemerland');
    expect(await page.getByLabel('Korte naam (in adressen)').inputValue()).toBe('swv-kennemerland');
    await page.getByLabel('E-mailadres van de beheerder').fill('beheer@kennemerland.example');
    await page.getByLabel('Wachtwoord (minstens 12 tekens)').fill('een-goed-wachtwoord');
    await page.getByLabel('Wachtwoord nog een keer').fill('een-goed-wachtwoord');
    await page.getByRole('button', { name: 'Organisatie inrichten' }).click();
    await expect.poll(() => page.locator('#token-error').textContent()).toContain('klopt niet');
    await page.getByLabel('Inrichtingscode').fill(setupToken);
    await page.getByRole('button', { name: 'Organisatie inrichten' }).click();
    await page.getByRole('heading', { name: 'De organisatie is ingericht' }).waitFor();
    // Once an organisation exists the home page no longer offers the first-run step.
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Inloggen voor medewerkers' }).waitFor();
    expect(await page.getByRole('link', { name: 'Nieuwe organisatie inrichten' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Inloggen voor medewerkers' }).click();
    await page.getByLabel('E-mailadres').fill('beheer@kennemerland.example');
    await page.getByLabel('Wachtwoord').fill('een-goed-wachtwoord');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Welkom' }).waitFor();
    // On a phone the staff menu folds behind its button.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Medewerkers' }).getByRole('link', { name: 'Organisatie' }).click();
    await page.getByText('Er zijn nog geen scholen').waitFor();

    // A file in another layout: a Dutch message naming the columns it needs; nothing written.
    await page.getByLabel('Bestand met vestigingen').setInputFiles({
      name: 'adressen.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('NAAM;ADRES\nx;y\n'),
    });
    await page.getByRole('button', { name: 'Bekijk wat er verandert' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Verwachte kolommen');

    await page.getByLabel('Bestand met vestigingen').setInputFiles(fixture('alle-vestigingen-bo.csv'));
    await page
      .getByLabel('Leerlingen per vestiging (niet verplicht)')
      .setInputFiles(fixture('leerlingen-po-per-vestiging.csv'));
    await page.getByLabel('Sector van alle scholen in het bestand').selectOption('po');
    // Keyboard: the preview button is reached and pressed without a mouse.
    await page.getByRole('button', { name: 'Bekijk wat er verandert' }).focus();
    await page.keyboard.press('Enter');
    const preview = page.getByRole('region', { name: 'Voorbeeld: dit verandert er' });
    await preview.getByText('4 scholen toegevoegd').waitFor();
    await preview.getByText("99ZB00 R.K. Basisschool Sint-Jozef 't Hoekje (primair onderwijs (po), HEILOO)").waitFor();
    expect(await schoolCount()).toBe(0);
    // The page stays within the phone's width; only the table may scroll sideways.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);

    await preview.getByRole('button', { name: 'Inlezen' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Ingelezen: 4 toegevoegd');
    await page.getByRole('cell', { name: 'Daltonschool Ons Genoegen', exact: true }).waitFor();
    expect(await schoolCount()).toBe(4);
    const audit = await server.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'schools.import')
      .execute();
    expect(audit).toHaveLength(1);

    // The same file again: nothing to change, and the import button says so.
    await page.getByRole('button', { name: 'Bekijk wat er verandert' }).click();
    await preview.getByText('4 scholen ongewijzigd').waitFor();
    expect(await preview.getByRole('button', { name: 'Er is niets te veranderen' }).isDisabled()).toBe(true);
    await phone.close();
  });

  it('edits a school on a desktop and asks before closing it', async () => {
    const desktop = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await desktop.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('E-mailadres').fill('beheer@kennemerland.example');
    await page.getByLabel('Wachtwoord').fill('een-goed-wachtwoord');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Welkom' }).waitFor();
    await page.goto(`${server.url}/staff/organisatie`);
    await page.getByRole('heading', { name: 'Instellingen' }).waitFor();
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.getByRole('button', { name: 'Daltonschool Ons Genoegen bewerken' }).click();
    const form = page.getByRole('form', { name: 'Daltonschool Ons Genoegen bewerken' });
    await form.getByLabel('Leerlingen').fill('301');
    await form.getByLabel('Gesloten').check();
    await form.getByRole('button', { name: 'Opslaan' }).click();
    // Closing a school asks first, in the one confirmation dialog of the staff screens.
    const dialog = page.getByRole('dialog', { name: 'Daltonschool Ons Genoegen sluiten?' });
    await dialog.getByRole('button', { name: 'School sluiten' }).click();
    await page.getByText('(gesloten)').waitFor();
    const school = await server.database.db
      .selectFrom('schools')
      .select(['pupil_count', 'closed'])
      .where('name', '=', 'Daltonschool Ons Genoegen')
      .executeTakeFirstOrThrow();
    expect(school).toEqual({ pupil_count: 301, closed: true });
    await desktop.close();
  });
});
