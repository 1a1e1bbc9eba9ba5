import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../api/src/test-support/browser.ts';
import { seedSynthetic } from '../../api/src/synthetic/seed-synthetic.ts';
import { logInAsStaff, useServerAndBrowser } from './browser-test.ts';

// Callbacks given to page.evaluate run in the browser; the server-side program has no DOM types.
declare const document: any, window: any;

describe.skipIf(!hasChromium)('reference benchmark in a real browser', () => {
  const env = useServerAndBrowser();

  it('the admin switches it on; the board then sees a school against other schools at 1366 px', async () => {
    // Four synthetic SWVs that take part (seed:synthetic --organisations 4), beside the demo SWV.
    await seedSynthetic(env.server.database.db, {
      schools: 120,
      responses: 12_000,
      stories: 10,
      seed: 7,
      organisations: 4,
      quiet: true,
    });

    const admin = await logInAsStaff(env, 'admin@demo.klankbord.nl');
    await admin.getByRole('link', { name: 'Organisatie' }).click();
    const box = admin.getByLabel('Doe mee met de vergelijking met andere scholen');
    await box.waitFor();
    expect(await box.isChecked()).toBe(false);
    await admin.getByText('alleen het gemiddelde per school per vraag, zonder naam').waitFor();
    await box.check();
    await admin.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await admin.getByText('De instellingen zijn opgeslagen.').waitFor();
    await admin.context().close();

    const page = await logInAsStaff(env, 'bestuur@demo.klankbord.nl');
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByRole('link', { name: 'Analyse' }).click();
    await page.getByRole('heading', { name: 'Scholen' }).waitFor();
    await page.getByRole('button', { name: 'Vergelijking' }).click();
    await page.getByRole('heading', { name: 'Vergelijking met andere scholen' }).waitFor();
    const table = page.getByRole('table', { name: /per vraag tegen andere scholen/ });
    await table.waitFor();
    // At least one item with the reference line, a percentile and the outcome of the t-test.
    await table.locator('svg.reference-line').first().waitFor();
    const rows = await table.getByRole('row').allTextContents();
    expect(
      rows.some((r) => /\d+e/.test(r) && /(geen duidelijk verschil|duidelijk hoger|duidelijk lager)/.test(r)),
    ).toBe(true);
    // Dutch notation: a decimal comma in the means.
    expect(rows.some((r) => /\d,\d \(\d+ reacties\)/.test(r))).toBe(true);
    await page.getByText(/t-toets/).waitFor();
    // Never a synthetic school or organisation by name.
    expect(await page.locator('body').textContent()).not.toMatch(/Synthetisch/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const violations = (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze())
      .violations;
    expect(violations).toEqual([]);
    await page.screenshot({ path: '/tmp/i17b-reference-1366.png', fullPage: true });
    await page.context().close();
  });
});
