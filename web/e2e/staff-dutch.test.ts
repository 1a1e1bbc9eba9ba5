import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../api/src/test-support/browser.ts';
import { demoTestPassword } from '../../api/src/test-support/test-server.ts';
import { type BrowserTestEnv, useServerAndBrowser } from './browser-test.ts';

// Common English words that never occur in a Dutch sentence; one of them on a staff screen is a leak.
const english =
  /\b(the|you|your|cannot|can't|not found|no such|does not|please|try again|error|failed|invalid|unexpected|position|coders?|rows|locale)\b/i;

async function logIn(env: BrowserTestEnv, email: string): Promise<Page> {
  const page = await (await env.browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  await page.goto(`${env.server.url}/login`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(demoTestPassword);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Welkom' }).waitFor();
  return page;
}

async function expectDutch(page: Page, where: string) {
  // Respondents' own words (quoted stories, possibly in English) are theirs, not the screen's.
  const text = await page.evaluate<string>(`(() => {
    const copy = document.querySelector('main').cloneNode(true);
    for (const quote of copy.querySelectorAll('blockquote, .story-text, .redaction-preview, [lang]:not([lang="nl"])'))
      quote.remove();
    return copy.textContent ?? '';
  })()`);
  const found = english.exec(text);
  expect(found && text.slice(Math.max(0, found.index - 120), found.index + 80), where).toBeNull();
}

describe.skipIf(!hasChromium)('staff screens speak Dutch where the issue found English (1366 px)', () => {
  const env = useServerAndBrowser();

  it('an admin: disabling the own account, an unknown organisation, and the logbook in sentences', async () => {
    const page = await logIn(env, 'admin@demo.klankbord.nl');
    await page.goto(`${env.server.url}/staff/gebruikers`);
    await page
      .getByRole('row', { name: /admin@demo\.klankbord\.nl/ })
      .getByRole('button', { name: 'Uitschakelen' })
      .click();
    await page.getByText('U kunt uw eigen account niet uitzetten. Vraag een andere beheerder.').waitFor();
    await expectDutch(page, 'users page');

    await page.goto(`${env.server.url}/rapport/bestaatniet/2026`);
    await page.getByText('De organisatie “bestaatniet” bestaat niet.').waitFor();
    await expectDutch(page, 'report of an unknown organisation');

    await page.goto(`${env.server.url}/staff/logboek`);
    await page.getByRole('table').waitFor();
    const log = await page.locator('main').innerText();
    expect(log).toContain('Ingelogd.');
    expect(log).not.toMatch(/auth\.login|user\.\w+|\{"/);
    expect(log).toMatch(
      /\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4} om \d{2}:\d{2}/,
    );
    await expectDutch(page, 'logbook');
    await page.context().close();
  });

  it('a researcher: agreement, broken JSON in the questionnaire editor, and the export summary', async () => {
    const page = await logIn(env, 'onderzoeker@demo.klankbord.nl');
    await page.goto(`${env.server.url}/staff/coderen/overeenstemming`);
    await page.getByText(/Krippendorffs alfa/).waitFor();
    const agreement = await page.locator('main').innerText();
    // Without double-coded stories the reason is Dutch; with them, the figure has a decimal comma.
    expect(agreement).toMatch(/nog geen verhaal is door twee codeurs gecodeerd|alle thema’s\): -?\d,\d\d/);
    expect(agreement).not.toContain('Niet te berekenen: Niet te berekenen');
    await expectDutch(page, 'agreement');

    await page.goto(`${env.server.url}/staff/vragenlijsten`);
    await page.getByRole('button', { name: 'Nieuwe vragenlijst' }).click();
    await page.getByLabel('SurveyJS-definitie (JSON)').fill('{\n  "title": "Ouders",\n  "pages" []\n}');
    await page
      .getByText('Dit is geen geldige JSON: op regel 3, kolom 11 hoort een dubbele punt (:) na de naam.')
      .waitFor();
    await expectDutch(page, 'questionnaire editor');

    await page.goto(`${env.server.url}/staff/export`);
    await page.getByRole('button', { name: 'Export starten' }).waitFor();
    expect(await page.getByLabel('taal', { exact: true }).count()).toBe(1);
    await page.getByLabel('taal', { exact: true }).uncheck();
    await page.getByLabel('taal', { exact: true }).check();
    await page.getByRole('button', { name: 'Export starten' }).click();
    await page.getByText('Klaar.').waitFor({ timeout: 90_000 });
    const summary = await page.locator('#job-title').locator('..').innerText();
    expect(summary).toMatch(/antwoordenlijsten \(responses\.csv\): [\d.]+ rijen/);
    expect(summary).not.toMatch(/\blocale\b|\bcodings:|\bstories\b ·|submitted_month/);
    await expectDutch(page, 'export summary');
    await page.context().close();
  });
});
