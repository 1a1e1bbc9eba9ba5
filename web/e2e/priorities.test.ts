import { describe, expect, it } from 'vitest';

// Callbacks given to page.evaluate run in the browser; the server-side program has no DOM types.
declare const document: any, window: any;
import { hasChromium } from '../../api/src/test-support/browser.ts';
import { logInAsStaff, useServerAndBrowser } from './browser-test.ts';
import { expectNoAxeViolations } from './respondent-support.ts';

describe.skipIf(!hasChromium)('report mark and priorities, in a real browser', () => {
  const env = useServerAndBrowser();

  it('lets a researcher choose the report mark of a questionnaire, keeps it after a reload, and the dashboard shows it', async () => {
    const page = await logInAsStaff(env, 'onderzoeker@demo.klankbord.nl');
    const openYouthQuestionnaire = async () => {
      await page.getByRole('link', { name: 'Vragenlijsten' }).click();
      await page.getByRole('button', { name: /^Jongerenvragenlijst .* openen$/ }).click();
      await page.getByRole('heading', { name: 'Rapportcijfer' }).waitFor();
    };
    await openYouthQuestionnaire();
    // The demo's youth questionnaire starts without a mark.
    await page.getByText('Rapportcijfer van versie 1: nog niet gekozen.').waitFor();
    await page
      .getByLabel('Vraag voor het rapportcijfer van versie 1')
      .selectOption({ label: 'Ik ga meestal met plezier naar school. (1–5)' });
    await page.getByRole('button', { name: 'Rapportcijfer opslaan' }).click();
    await page.getByText('Het rapportcijfer is opgeslagen.').waitFor();
    const chosenText = () => page.locator('form.report-mark p').first().innerText();
    // A 1–5 scale onto 1–10: 1 + 9 × (answer − 1) / 4 = 2,25 × answer − 1,25.
    await expect
      .poll(chosenText)
      .toMatch(
        /^Rapportcijfer van versie 1: .?Ik ga meestal met plezier naar school\..? \(schaal 1 tot 5, omgerekend naar een cijfer: 2,25 × gemiddelde − 1,25\)\.$/,
      );
    await expectNoAxeViolations(page, 'the questionnaire with its report mark');

    await page.reload();
    await openYouthQuestionnaire();
    await expect.poll(chosenText).toContain('Ik ga meestal met plezier naar school.');
    expect(await page.getByLabel('Vraag voor het rapportcijfer van versie 1').inputValue()).toBe('wlb_plezier');

    await page.getByRole('link', { name: 'Analyse' }).click();
    await page.getByLabel('Meting').selectOption({ label: 'Jongerenvragenlijst Jouw school, jouw stem 2026' });
    await page.getByRole('button', { name: 'Rapportcijfer en prioriteiten' }).click();
    await page.getByText('Rapportcijfer uit de vraag').waitFor();
    // In the same words as on the questionnaire page.
    expect(await page.getByText('Rapportcijfer uit de vraag').innerText()).toMatch(
      /^Rapportcijfer uit de vraag .?Ik ga meestal met plezier naar school\..? \(schaal 1 tot 5, omgerekend naar een cijfer: 2,25 × gemiddelde − 1,25\)\.$/,
    );
    const overall = page
      .getByRole('table', { name: 'Rapportcijfer per organisatie, bestuur en school' })
      .getByRole('row');
    // The organisation's row has a mark between 1 and 10 with its interval, e.g. "6,8 (6,5–7,1)".
    expect(await overall.nth(1).innerText()).toMatch(/\d,\d \(\d+,\d–\d+,\d\)/);

    // Cleared again: the questionnaire says so and the dashboard asks for a choice.
    await openYouthQuestionnaire();
    await page.getByRole('button', { name: 'Rapportcijfer wissen' }).click();
    await page.getByText('Er is geen rapportcijfer meer gekozen.').waitFor();
    await page.getByText('Rapportcijfer van versie 1: nog niet gekozen.').waitFor();
    await page.context().close();
  });

  it('shows the priority matrix as a chart with its four quadrants and a table, on a laptop and on a phone', async () => {
    const page = await logInAsStaff(env, 'bestuur@demo.klankbord.nl');
    await page.getByRole('link', { name: 'Analyse' }).click();
    await page.getByLabel('Meting').selectOption({ label: 'Oudervragenlijst Samen naar school 2026' });
    await page.getByRole('button', { name: 'Rapportcijfer en prioriteiten' }).click();
    const chart = page.getByRole('img', { name: /^Prioriteiten hele organisatie/ });
    const table = page.getByRole('table', { name: 'Prioriteiten per vraag (hele organisatie)' });
    const quadrants = ['verbeteren', 'behouden', 'bewaken', 'minder urgent'];

    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
      await chart.waitFor();
      const box = (await chart.boundingBox())!;
      expect(box.width, `chart width at ${width} px`).toBeGreaterThan(width > 500 ? 400 : 300);
      expect(box.x + box.width, `chart inside the screen at ${width} px`).toBeLessThanOrEqual(width);
      for (const word of quadrants) {
        const label = chart.locator('text', { hasText: new RegExp(`^${word}$`) });
        expect(await label.isVisible(), `${word} at ${width} px`).toBe(true);
        const at = (await label.boundingBox())!;
        expect(at.x, `${word} inside the chart at ${width} px`).toBeGreaterThanOrEqual(box.x);
        expect(at.x + at.width, `${word} inside the chart at ${width} px`).toBeLessThanOrEqual(box.x + box.width);
      }
      // One numbered dot per row of the table, each row in one of the four quadrants.
      const rows = table.locator('tbody tr');
      expect(await rows.count()).toBeGreaterThan(3);
      expect(await chart.locator('circle').count()).toBe(await rows.count());
      for (const cell of await rows.locator('td:last-child').allInnerTexts()) expect(quadrants).toContain(cell);
      expect(await table.getByRole('columnheader', { name: 'Belang (r)' }).count()).toBe(1);
      await page.getByText(/^Belang is hier hoe sterk de vraag samenhangt met het rapportcijfer/).waitFor();
      // The page itself never scrolls sideways; a wide table scrolls inside its own box.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page, `the priority matrix at ${width} px`);
    }
    await page.context().close();
  });
});
