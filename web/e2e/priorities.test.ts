import { describe, expect, it } from 'vitest';
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
    expect(await page.getByText('Rapportcijfer uit de vraag').innerText()).toContain(
      'Ik ga meestal met plezier naar school.',
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
});
