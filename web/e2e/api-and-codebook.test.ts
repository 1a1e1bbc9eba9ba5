import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../api/src/test-support/browser.ts';
import { logInAsStaff, useServerAndBrowser } from './browser-test.ts';
import { expectNoAxeViolations } from './respondent-support.ts';

const qdc = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="MAXQDA 2024">
  <Codes>
    <Code guid="7d0c5a52-1111-4222-8333-944455556666" name="Huiswerkbegeleiding" isCodable="true">
      <Description>Hulp bij huiswerk op school of daarbuiten.</Description>
    </Code>
  </Codes>
</CodeBook>`;

describe.skipIf(!hasChromium)('the api description and the codebook import, in a real browser', () => {
  const env = useServerAndBrowser();

  it('shows every route readably on a phone, to a school contact too', async () => {
    const page = await logInAsStaff(env, 'school@demo.klankbord.nl');
    await page.setViewportSize({ width: 390, height: 844 });
    // On a phone the staff menu folds behind its button.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Medewerkers' }).getByRole('link', { name: 'API', exact: true }).click();
    await page.getByRole('heading', { name: 'Export', exact: true }).waitFor();
    const start = page.locator('article', {
      has: page.getByRole('heading', { name: 'POST /api/exports', exact: true }),
    });
    await expect.poll(() => start.textContent()).toContain('Een export starten');
    // A route folds open by its summary: who may call it and its shapes show then.
    // (The details are drawn once opened: wait for them, as a reader would.)
    await start.locator('summary').click();
    await expect.poll(() => start.textContent()).toContain('Wie: Onderzoeker');
    expect(await start.textContent()).toMatch(/k\s*optioneel\s*— geheel getal, van 2 t\/m 100, standaard 5/);
    // No part of a route's card sticks out of a phone's screen.
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByLabel('Zoeken').fill('receipts');
    expect(await page.locator('article').count()).toBe(1);
    await expectNoAxeViolations(page, 'the api page');
    await page.context().close();
  });

  it('reads a .qdc in as a draft, shows what changes, and activates it only when asked', async () => {
    const page = await logInAsStaff(env, 'onderzoeker@demo.klankbord.nl');
    await page.goto(`${env.server.url}/staff/coderen/codeboek`);
    await page.getByRole('heading', { name: 'Versies' }).waitFor();
    await page.getByLabel('Codeboek inlezen (.qdc)').setInputFiles({
      name: 'maxqda.qdc',
      mimeType: 'application/xml',
      buffer: Buffer.from(qdc),
    });
    await page.getByText('maxqda.qdc is ingelezen als conceptversie').waitFor();
    const table = page.locator('section table');
    expect(await table.textContent()).toContain('Huiswerkbegeleiding');
    expect(await page.getByText(/^1 nieuw, 0 gewijzigd, \d+ vervalt, 0 ongewijzigd\.$/).count()).toBe(1);
    await expectNoAxeViolations(page, 'the codebook diff');
    const db = env.server.database.db;
    const active = () => db.selectFrom('codebooks').select('version').where('is_active', '=', true).executeTakeFirst();
    const before = await active();

    // Activating asks first, in the one confirmation dialog: cancel changes nothing.
    const dialog = page.getByRole('dialog');
    await page.getByRole('button', { name: 'Activeren' }).first().click();
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    expect(await active()).toEqual(before);

    await page.getByRole('button', { name: 'Activeren' }).first().click();
    await dialog.getByRole('button', { name: 'Activeren' }).click();
    await page.getByText(/is nu actief \(was /).waitFor();
    expect(await active()).not.toEqual(before);
    await page.context().close();
  });
});
