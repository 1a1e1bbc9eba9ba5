import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../api/src/test-support/browser.ts';
import { logInAsStaff, useServerAndBrowser } from './browser-test.ts';

// Issue 16 item 5 and 6 at 1366 px: feedback where the eye is, a confirmation before destroying,
// messages that go when fixed, no endless loading, and the export's estimate before it runs.

// Run in the page; the element is untyped because the e2e files are typed without the DOM library.
const inViewport = (locator: Locator) =>
  locator.evaluate((el: any) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= el.ownerDocument.defaultView.innerHeight && r.height > 0;
  });
const inLiveRegion = (locator: Locator) => locator.evaluate((el: any) => el.closest('[role="status"]') !== null);
const holdsFocus = (locator: Locator) => locator.evaluate((el: any) => el.contains(el.ownerDocument.activeElement));

async function staffAt1366(env: Parameters<typeof logInAsStaff>[0], email: string): Promise<Page> {
  const page = await logInAsStaff(env, email);
  await page.setViewportSize({ width: 1366, height: 900 });
  return page;
}

describe.skipIf(!hasChromium)('feedback where the eye is, in a real browser at 1366 px', () => {
  const env = useServerAndBrowser();

  it("shows a new account's one-time password in view, focused and announced, with a copy button", async () => {
    const page = await staffAt1366(env, 'admin@demo.klankbord.nl');
    await page.goto(`${env.server.url}/staff/gebruikers`);
    await page.getByRole('table').waitFor();
    await page.getByLabel('E-mailadres').fill('nieuw@demo.klankbord.nl');
    await page.getByLabel('Rol', { exact: true }).first().selectOption('researcher');
    await page.getByRole('button', { name: 'Account maken' }).click();
    const secret = page.locator('.one-time-secret');
    await secret.waitFor();
    expect(await secret.textContent()).toMatch(
      /Account voor nieuw@demo\.klankbord\.nl gemaakt\. Eenmalig wachtwoord: \w{4}-\w{4}-\w{4}-\w{4}/,
    );
    expect(await inViewport(secret)).toBe(true);
    // Inside a live region that was on the page before, and focused: a screen reader reads it.
    expect(await inLiveRegion(secret)).toBe(true);
    expect(await holdsFocus(secret)).toBe(true);
    await secret.getByRole('button', { name: 'Kopiëren' }).waitFor();
    await page.context().close();
  });

  it('takes "Kies minstens één thema" away as soon as a theme is chosen', async () => {
    const page = await staffAt1366(env, 'steunpunt@demo.klankbord.nl');
    await page.goto(`${env.server.url}/staff/signalen`);
    await page.getByRole('button', { name: 'Opslaan (Enter)' }).click();
    const message = page.getByText('Kies minstens één thema.');
    await message.waitFor();
    await page.getByRole('checkbox', { name: 'Veiligheid en pesten' }).check();
    await message.waitFor({ state: 'detached' });
    expect(await page.getByText('Niet opgeslagen: verbeter de gemarkeerde velden.').count()).toBe(0);
    await page.context().close();
  });

  it('asks for a school in a new account only for the school role, none preselected, and forgets it when the role changes', async () => {
    const page = await staffAt1366(env, 'admin@demo.klankbord.nl');
    await page.goto(`${env.server.url}/staff/gebruikers`);
    const form = page.locator('form', { has: page.getByRole('button', { name: 'Account maken' }) });
    const school = form.getByLabel('School', { exact: true });
    await form.getByLabel('Rol', { exact: true }).waitFor();
    for (const role of ['researcher', 'admin', 'board', 'steunpunt']) {
      await form.getByLabel('Rol', { exact: true }).selectOption(role);
      expect(await school.count(), role).toBe(0);
    }
    await form.getByLabel('Rol', { exact: true }).selectOption('school');
    expect(await school.inputValue()).toBe('');
    expect(await school.evaluate((el: any) => el.required)).toBe(true);
    const firstSchool = await school.locator('option').nth(1).getAttribute('value');
    await school.selectOption(firstSchool!);
    // Another role and back: the school chosen for the school role is gone.
    await form.getByLabel('Rol', { exact: true }).selectOption('board');
    expect(await school.count()).toBe(0);
    await form.getByLabel('Rol', { exact: true }).selectOption('school');
    expect(await school.inputValue()).toBe('');

    await form.getByLabel('E-mailadres').fill('school-nieuw@demo.klankbord.nl');
    await school.selectOption({ index: 1 });
    const schoolName = (await school.locator('option:checked').innerText()).replace(/ \(.*\)$/, '');
    await form.getByRole('button', { name: 'Account maken' }).click();
    await form.getByText('Account voor school-nieuw@demo.klankbord.nl gemaakt.').waitFor();
    expect(await page.getByRole('row', { name: /school-nieuw@demo\.klankbord\.nl/ }).innerText()).toContain(
      `School — ${schoolName}`,
    );
    // The form starts again as it began: a role without a school.
    expect(await form.getByLabel('Rol', { exact: true }).inputValue()).toBe('researcher');
    expect(await school.count()).toBe(0);
    await page.context().close();
  });

  it('estimates what the export blanks out before it runs, and offers a proposal that keeps school', async () => {
    const page = await staffAt1366(env, 'onderzoeker@demo.klankbord.nl');
    await page.goto(`${env.server.url}/staff/export`);
    const estimate = page.getByRole('region', { name: 'Wat de export verbergt (schatting vooraf)' });
    await estimate.getByText(/Van de [\d.]+ ingevulde vragenlijsten krijgen er/).waitFor({ timeout: 60_000 });
    await estimate.getByText('Deze keuze houdt de school zichtbaar waar k dat toelaat.').waitFor();
    expect(await page.getByRole('checkbox', { name: 'school', exact: true }).isChecked()).toBe(true);
    // Ticking the school type blanks it out; the page proposes to leave it out again.
    await page.getByRole('checkbox', { name: 'Naar welke school gaat uw kind?' }).check();
    await estimate.getByRole('button', { name: 'Gebruik voorstel' }).waitFor({ timeout: 60_000 });
    expect(await estimate.textContent()).toContain('overal *');
    await estimate.getByRole('button', { name: 'Gebruik voorstel' }).click();
    await estimate.getByText('Deze keuze houdt de school zichtbaar waar k dat toelaat.').waitFor({ timeout: 60_000 });
    expect(await page.getByRole('checkbox', { name: 'Naar welke school gaat uw kind?' }).isChecked()).toBe(false);
    expect(await page.getByRole('button', { name: 'Export starten' }).count()).toBe(1);
    await page.context().close();
  });

  it("ends the school contact's export page in a message, not in loading", async () => {
    const page = await staffAt1366(env, 'school@demo.klankbord.nl');
    await page.goto(`${env.server.url}/staff/export`);
    await page.getByText('Een dataset exporteren kan alleen met de rol Onderzoeker.').waitFor();
    expect(await page.getByText('Bezig met laden…').count()).toBe(0);
    await page.context().close();
  });

  it('says on "Wachtwoord vergeten?" to ask the admin when the installation sends no e-mail', async () => {
    const page = await (await env.browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    await page.goto(`${env.server.url}/login`);
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await page.getByText('Vraag de beheerder van je organisatie om een nieuw wachtwoord.').waitFor();
    await page.getByRole('link', { name: 'Terug naar inloggen' }).waitFor();
    await page.context().close();
  });
  it('asks before removing a role: cancel keeps it and returns focus, confirm removes it', async () => {
    const page = await staffAt1366(env, 'admin@demo.klankbord.nl');
    await page.goto(`${env.server.url}/staff/gebruikers`);
    const remove = page.getByRole('button', { name: 'Rol Steunpunt van steunpunt@demo.klankbord.nl verwijderen' });
    await remove.click();
    const dialog = page.getByRole('dialog', { name: /Rol Steunpunt van steunpunt@demo\.klankbord\.nl verwijderen\?/ });
    await dialog.waitFor();
    expect(await page.evaluate<string>('document.activeElement.textContent')).toBe('Annuleren');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await holdsFocus(remove)).toBe(true);
    expect(await remove.count()).toBe(1);

    await remove.click();
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    expect(await remove.count()).toBe(1);

    await remove.click();
    await dialog.getByRole('button', { name: 'Rol verwijderen' }).click();
    await remove.waitFor({ state: 'detached' });
    // Its only role: the account leaves this admin's list, and the membership is gone.
    const left = await env.server.database.db
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select('memberships.id')
      .where('users.email', '=', 'steunpunt@demo.klankbord.nl')
      .execute();
    expect(left).toEqual([]);
    await page.context().close();
  });
});
