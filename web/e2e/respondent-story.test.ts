import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../api/src/test-support/browser.ts';
import { useServerAndBrowser } from './browser-test.ts';
import { expectNoCookiesOrThirdParties, openRespondentPage, spokenTexts } from './respondent-support.ts';

// Callbacks given to page.evaluate run in the browser; the server-side program has no DOM types.
declare const document: any;

describe.skipIf(!hasChromium)('respondent story and delete pages in a real browser', () => {
  const env = useServerAndBrowser();

  const storyCount = async () =>
    Number(
      (
        await env.server.database.db
          .selectFrom('stories')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('a young person tells a story in English on /vertel, gives their own consent, then deletes it with the receipt code', async () => {
    const respondent = await openRespondentPage(env.browser, env.server.url, '/vertel');
    const { page } = respondent;
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Tell your story' }).waitFor();

    // Sending too early shows what is missing, in English, and nothing is stored.
    const before = await storyCount();
    await page.getByRole('button', { name: 'Send story' }).click();
    const summary = page.getByRole('alert');
    await expect.poll(() => summary.textContent()).toContain('Choose who you are.');
    expect(await summary.textContent()).toContain('Write at least 20 characters');
    expect(await storyCount()).toBe(before);

    await page.getByRole('radio', { name: 'I am a young person (pupil or student)' }).check();
    await page.getByText('You do not need permission from your parents.').waitFor();
    await page.getByLabel('Which school is it about?').selectOption({ label: 'Lyceum aan Zee' });
    await page.getByRole('button', { name: 'Read aloud' }).click();
    expect((await spokenTexts(page))[0]).toMatchObject({ lang: 'en-GB' });
    expect((await spokenTexts(page))[0]?.text).toContain('What happened?');
    await page.getByLabel('What happened?').fill('My mentor only phones my mother about my grades, never me.');
    await page.getByRole('radio', { name: 'Mostly bad' }).check();
    await page.getByRole('checkbox', { name: 'Privacy, personal data and seeing grades' }).check();
    await page.getByRole('radio', { name: 'A wish or idea' }).check();
    await page.getByRole('checkbox', { name: 'My story may be shared with researchers, without my name.' }).check();
    await page.getByRole('button', { name: 'Send story' }).click();
    await page.getByRole('heading', { name: 'Thank you!' }).waitFor();
    const receipt = ((await page.getByTestId('receipt-code').textContent()) ?? '').trim();

    expect(await storyCount()).toBe(before + 1);
    const story = await env.server.database.db
      .selectFrom('stories')
      .selectAll()
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(story).toMatchObject({
      role: 'jongere',
      tone: 'negatief',
      kind: 'wens',
      consent_quote: false,
      consent_research: true,
      locale: 'en',
      sector: 'vo',
    });
    expect(story.self_themes).toEqual(['PRV']);
    await expectNoCookiesOrThirdParties(respondent, env.server.url);

    await page.getByRole('link', { name: 'Delete what I sent' }).first().click();
    await page.getByRole('heading', { name: 'Delete what you sent' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByLabel('Your receipt code').fill(receipt.toLowerCase());
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByText('It has been deleted.').waitFor();
    expect(await storyCount()).toBe(before);
    expect(
      await env.server.database.db.selectFrom('stories').select('id').where('id', '=', story.id).executeTakeFirst(),
    ).toBeUndefined();

    // The same code a second time is unknown: said plainly.
    await page.getByLabel('Your receipt code').fill(receipt);
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('We do not know this code');
    await respondent.context.close();
  });

  it('keeps a half-written story in the env.browser after a reload', async () => {
    const respondent = await openRespondentPage(env.browser, env.server.url, '/s/demo-ouders/verhaal');
    const { page } = respondent;
    await page.getByLabel('Wat is er gebeurd?').fill('Ik typ mijn verhaal en dan valt de verbinding weg.');
    await page.reload();
    expect(await page.getByLabel('Wat is er gebeurd?').inputValue()).toBe(
      'Ik typ mijn verhaal en dan valt de verbinding weg.',
    );
    // A link for parents fixes the role: the page does not ask it.
    expect(await page.getByRole('radio', { name: 'Ik ben ouder of verzorger' }).count()).toBe(0);
    await respondent.context.close();
  });
});
