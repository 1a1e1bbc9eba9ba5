import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../api/src/test-support/browser.ts';
import { useServerAndBrowser } from './browser-test.ts';
import { expectNoAxeViolations, openRespondentPage } from './respondent-support.ts';

// Callbacks given to page.evaluate run in the browser; the server-side program has no DOM types.
declare const document: any;

// Every respondent page, as first shown and after its validation errors, in Dutch, English and Arabic (RTL).
const locales = ['nl', 'en', 'ar'] as const;
const next = { nl: 'Volgende', en: 'Next', ar: 'التالي' };
const sendStory = { nl: 'Verhaal versturen', en: 'Send story', ar: 'أرسل القصة' };
const remove = { nl: 'Verwijderen', en: 'Delete', ar: 'احذف' };
const start = { nl: 'Beginnen', en: 'Start', ar: 'ابدأ' };

describe.skipIf(!hasChromium)('respondent pages meet WCAG 2.1 AA (axe-core)', () => {
  const env = useServerAndBrowser();

  it.each(locales)('questionnaire pages in %s: school choice, first page, validation errors', async (locale) => {
    const { page, context } = await openRespondentPage(env.browser, env.server.url, `/s/demo-ouders?taal=${locale}`);
    await page.locator('#school').waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      locale,
      locale === 'ar' ? 'rtl' : 'ltr',
    ]);
    await expectNoAxeViolations(page, `school choice ${locale}`);
    await page.getByRole('button', { name: start[locale] }).click();
    await page.locator('#school-error').waitFor();
    await expectNoAxeViolations(page, `school choice with error ${locale}`);
    await page.locator('#school').selectOption({ index: 1 });
    await page.getByRole('button', { name: start[locale] }).click();
    await page.locator('.sd-question[data-name]').first().waitFor();
    await expectNoAxeViolations(page, `questionnaire ${locale}`);
    await page.getByRole('button', { name: next[locale], exact: true }).click();
    await page.locator('.sd-question--error').first().waitFor();
    await expectNoAxeViolations(page, `questionnaire with errors ${locale}`);
    await context.close();
  });

  it.each(locales)('story, thank-you and delete pages in %s, also with errors', async (locale) => {
    const { page, context } = await openRespondentPage(env.browser, env.server.url, `/vertel?taal=${locale}`);
    await page.locator('#verhaal').waitFor();
    await expectNoAxeViolations(page, `story ${locale}`);
    await page.getByRole('button', { name: sendStory[locale] }).click();
    await page.locator('.error-summary').waitFor();
    await expectNoAxeViolations(page, `story with errors ${locale}`);

    await page.locator('#rol-ouder').check();
    await page.locator('#verhaal').fill('Ik kreeg de brief van school pas na de ouderavond.');
    await page.locator('#gevoel-gemengd').check();
    await page.locator('#onderwerp-COM').check();
    await page.locator('#soort-ervaring').check();
    await page.getByRole('button', { name: sendStory[locale] }).click();
    await page.getByTestId('receipt-code').waitFor();
    await expectNoAxeViolations(page, `thank-you ${locale}`);

    await page.goto(`${env.server.url}/verwijderen?taal=${locale}`);
    await page.locator('#bewijscode').waitFor();
    await expectNoAxeViolations(page, `delete ${locale}`);
    await page.getByRole('button', { name: remove[locale], exact: true }).click();
    await page.getByRole('alert').waitFor();
    await expectNoAxeViolations(page, `delete with error ${locale}`);
    await context.close();
  });

  it.each(locales)('the closed-questionnaire message in %s', async (locale) => {
    const { page, context } = await openRespondentPage(
      env.browser,
      env.server.url,
      `/s/91aa-ouders-2025?taal=${locale}`,
    );
    await page.getByRole('alert').waitFor();
    await expectNoAxeViolations(page, `closed ${locale}`);
    await context.close();
  });
});
