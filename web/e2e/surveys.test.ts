import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../api/src/test-support/browser.ts';
import { logInAsStaff, useServerAndBrowser } from './browser-test.ts';
import { completeQuestionnaire, expectNoAxeViolations, openRespondentPage } from './respondent-support.ts';

describe.skipIf(!hasChromium)('a researcher designs a questionnaire and runs a wave, in a real browser', () => {
  const env = useServerAndBrowser();

  it('shows the server problems inline, previews, saves, publishes, opens a wave and hands out single-use invitations', async () => {
    const page = await logInAsStaff(env, 'onderzoeker@demo.klankbord.nl');
    await page.getByRole('link', { name: 'Vragenlijsten' }).click();
    await page.getByRole('table', { name: 'Vragenlijsten' }).waitFor();
    await page.getByRole('button', { name: 'Nieuwe vragenlijst' }).click();

    // Two questions with one name: survey-core can load it, the server refuses it and says where.
    const duplicate = {
      pages: [
        {
          name: 'p1',
          elements: [
            { type: 'rating', name: 'x', title: 'Een' },
            { type: 'rating', name: 'x', title: 'Twee' },
          ],
        },
      ],
    };
    await page.getByLabel('SurveyJS-definitie (JSON)').fill(JSON.stringify(duplicate));
    await expect.poll(() => page.locator('.error').allTextContents()).toEqual([expect.stringMatching(/probleem/)]);
    expect(await page.getByRole('button', { name: 'Vragenlijst opslaan' }).isDisabled()).toBe(true);
    await expectNoAxeViolations(page, 'the questionnaire editor with problems shown');

    const definition = {
      title: { default: 'Korte vragenlijst', en: 'Short questionnaire' },
      completeText: { default: 'Versturen', en: 'Send' },
      pages: [
        {
          name: 'p1',
          elements: [
            {
              type: 'rating',
              name: 'tevreden',
              title: { default: 'Ik ben tevreden over de school.', en: 'I am satisfied with the school.' },
              rateValues: [1, 2, 3, 4, 5],
              isRequired: true,
            },
          ],
        },
      ],
    };
    await page.getByLabel('SurveyJS-definitie (JSON)').fill(JSON.stringify(definition));
    await page.getByText('De server kan deze vragenlijst uitvoeren.').waitFor();
    await page.locator('.survey-preview').getByText('Ik ben tevreden over de school.').waitFor();
    await page.getByLabel('Taal van het voorbeeld').selectOption('en');
    await page.locator('.survey-preview').getByText('I am satisfied with the school.').waitFor();

    await page.getByLabel('Titel').fill('Korte vragenlijst');
    await page.getByLabel(/Korte naam in links/).fill('korte-vragenlijst');
    await page.getByRole('button', { name: 'Vragenlijst opslaan' }).click();
    await page.getByText('Vragenlijst opgeslagen als concept (versie 1).').waitFor();
    await page.getByRole('button', { name: 'Versie 1 publiceren' }).click();
    await page.getByText('Versie 1 is gepubliceerd').waitFor();

    await page.getByRole('link', { name: 'Metingen' }).click();
    await page
      .getByLabel('Vragenlijst', { exact: true })
      .selectOption({ label: 'Korte vragenlijst — versie 1 (ouders)' });
    await page.getByLabel('Naam', { exact: true }).fill('Korte meting');
    await page.getByLabel('Open vanaf').fill('2026-01-01');
    await page.getByLabel('Open tot en met').fill('2099-12-31');
    await page.getByRole('button', { name: 'Meting maken' }).click();
    await page.getByRole('heading', { name: 'Korte meting' }).waitFor();
    expect(await page.getByRole('row').filter({ hasText: 'De Zeester' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'the wave page');

    await page.getByLabel('School', { exact: true }).selectOption({ label: 'De Zeester' });
    await page.getByLabel('Aantal (1–2000)').fill('3');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Uitnodigingen maken en downloaden' }).click(),
    ]);
    const csv = await readFile((await download.path()) as string, 'utf8');
    const rows = csv.trim().split(/\r?\n/);
    expect(rows[0]).toBe('school,brin,token,link');
    expect(rows).toHaveLength(4);
    const link = rows[1]!.split(',')[3]!;
    expect(link).toMatch(/\/s\/91aa-ouders-2026-\w+\?uitnodiging=/);
    await page.getByRole('cell', { name: '0 van 3' }).waitFor();

    // A parent follows the link from the letter: it works once.
    const path = new URL(link, env.server.url).pathname + new URL(link, env.server.url).search;
    const first = await openRespondentPage(env.browser, env.server.url, path);
    await completeQuestionnaire(first.page, 'Volgende', 'Versturen');
    await first.page
      .getByText(/bewijs|code/i)
      .first()
      .waitFor();
    const invitations = await env.server.database.db.selectFrom('invitations').select('used').execute();
    expect(invitations.filter((i) => i.used)).toHaveLength(1);

    const again = await openRespondentPage(env.browser, env.server.url, path);
    await completeQuestionnaire(again.page, 'Volgende', 'Versturen');
    await again.page.getByText('Deze uitnodiging is al gebruikt.').first().waitFor();
    await page.context().close();
  });
});
