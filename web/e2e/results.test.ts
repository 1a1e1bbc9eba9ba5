import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../api/src/test-support/browser.ts';
import { logInAsStaff, useServerAndBrowser } from './browser-test.ts';
import {
  completeQuestionnaire,
  expectNoAxeViolations,
  expectNoCookiesOrThirdParties,
  openRespondentPage,
} from './respondent-support.ts';

// Callbacks given to page.evaluate run in the browser; the server-side program has no DOM types.
declare const document: any;

const width = 390;

describe.skipIf(!hasChromium)('public results page "jullie zeiden, wij deden"', () => {
  const env = useServerAndBrowser();

  async function onPhone(path: string) {
    const context = await env.browser.newContext({ viewport: { width, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${env.server.url}${path}`);
    return { context, page, requests };
  }
  const noOverflow = async (page: Awaited<ReturnType<typeof onPhone>>['page']) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

  it('shows the demo’s published page on a 390 px phone: figures, themes with actions, no overflow, axe clean', async () => {
    const phone = await onPhone('/resultaten/demo/2025');
    const { page } = phone;
    await page.getByRole('heading', { level: 1, name: /Jullie zeiden, wij deden/ }).waitFor();
    await page.getByRole('heading', { name: 'Wie deden mee' }).waitFor();
    expect(await page.locator('.results-theme').count()).toBeGreaterThan(0);
    expect(await page.getByText('Gepubliceerd op').textContent()).toMatch(/\d{1,2}-\d{1,2}-\d{4}/);
    expect(await page.getByRole('heading', { name: 'Wat we doen' }).count()).toBeGreaterThan(0);
    await noOverflow(page);
    await expectNoAxeViolations(page, 'results page nl 390 px');
    await expectNoCookiesOrThirdParties(phone, env.server.url);

    // A school's page: its own figures, the small school "te weinig reacties".
    await page.getByRole('link', { name: 'SBO De Vlonder' }).click();
    await page.getByRole('heading', { level: 1, name: /SBO De Vlonder/ }).waitFor();
    expect(await page.locator('.results-figures').first().textContent()).toContain('te weinig reacties');
    await noOverflow(page);
    await expectNoAxeViolations(page, 'school results page nl 390 px');
    await phone.context.close();
  });

  it('reads right to left in Arabic, with Arabic fixed texts and the Dutch data marked as Dutch', async () => {
    const { page, context } = await onPhone('/resultaten/demo/2025?taal=ar');
    await page.getByRole('heading', { level: 1, name: /قلتم، وفعلنا/ }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    await page.getByRole('heading', { name: 'من شارك' }).waitFor();
    await page.getByText('المواضيع والقصص والإجراءات معروضة باللغة الهولندية.').waitFor();
    expect(await page.locator('.results-actions strong[lang="nl"]').count()).toBeGreaterThan(0);
    await noOverflow(page);
    await expectNoAxeViolations(page, 'results page ar 390 px');
    // The language switch goes back to Dutch on the same page.
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { name: 'Wie deden mee' }).waitFor();
    await context.close();
  });

  it('the board publishes this year’s page from the report: draft preview, publish, public page, thank-you link, unpublish', async () => {
    const missing = await openRespondentPage(env.browser, env.server.url, '/resultaten/demo/2026');
    await missing.page.getByRole('heading', { name: 'Nog geen resultaten' }).waitFor();
    await expectNoAxeViolations(missing.page, 'results not published');
    await missing.context.close();

    const board = await logInAsStaff(env, 'bestuur@demo.klankbord.nl');
    await board.goto(`${env.server.url}/rapport/demo/2026`);
    const state = board.getByTestId('publish-state');
    await state.getByText('Nog niet gepubliceerd').waitFor();
    await board.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    await board.getByTestId('results-preview').getByRole('heading', { name: 'Wie deden mee' }).waitFor();
    await board.getByRole('button', { name: 'Publiceren', exact: true }).click();
    await state.getByText(/Gepubliceerd: versie 1 van \d{1,2} \p{L}+ 2026/u).waitFor();
    await expectNoAxeViolations(board, 'publish panel');

    const visitor = await openRespondentPage(env.browser, env.server.url, '/resultaten/demo/2026');
    await visitor.page.getByRole('heading', { level: 1, name: /Jullie zeiden, wij deden/ }).waitFor();
    await visitor.context.close();

    // A parent of this year's wave finds the page on the thank-you page (the school's part of it).
    const parent = await openRespondentPage(env.browser, env.server.url, '/s/91aa-ouders-2026');
    await parent.page.getByRole('button', { name: 'Beginnen' }).click();
    await completeQuestionnaire(parent.page, 'Volgende', 'Versturen');
    await parent.page.getByRole('heading', { name: 'Bedankt!' }).waitFor();
    const link = parent.page.getByRole('link', { name: 'Jullie zeiden, wij deden' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('/resultaten/demo/2026/91AA00');
    await expectNoAxeViolations(parent.page, 'thank-you with results link');
    await link.click();
    await parent.page.getByRole('heading', { level: 1, name: /De Zeester/ }).waitFor();
    await parent.context.close();

    // Unpublish asks first; afterwards the public page is gone.
    await board.getByRole('button', { name: 'Publicatie intrekken' }).click();
    await board.getByRole('button', { name: 'Ja, intrekken' }).click();
    await state.getByText('Nog niet gepubliceerd').waitFor();
    const gone = await openRespondentPage(env.browser, env.server.url, '/resultaten/demo/2026');
    await gone.page.getByRole('heading', { name: 'Nog geen resultaten' }).waitFor();
    await gone.context.close();
    await board.context().close();
  }, 300_000);
});
