import { describe, expect, it } from 'vitest';
import { hashCode } from '../../api/src/privacy/codes.ts';
import { hasChromium } from '../../api/src/test-support/browser.ts';
import { useServerAndBrowser } from './browser-test.ts';
import {
  completeQuestionnaire,
  expectNoCookiesOrThirdParties,
  openRespondentPage,
  spokenTexts,
  answerVisibleQuestions,
} from './respondent-support.ts';

// Callbacks given to page.evaluate run in the browser; the server-side program has no DOM types.
declare const document: any, localStorage: any;

describe.skipIf(!hasChromium)('respondent questionnaire in a real browser', () => {
  const env = useServerAndBrowser();

  const newest = () =>
    env.server.database.db
      .selectFrom('responses')
      .select(['id', 'status', 'locale', 'role', 'school_id', 'answers', 'resume_hash'])
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
  const schoolId = async (name: string) =>
    (await env.server.database.db.selectFrom('schools').select('id').where('name', '=', name).executeTakeFirstOrThrow())
      .id;

  it('a parent picks the school, hears a question read aloud in Dutch, completes the questionnaire and tells a story', async () => {
    const respondent = await openRespondentPage(env.browser, env.server.url, '/s/demo-ouders');
    const { page } = respondent;
    await page.getByLabel('Over welke school gaat het?').selectOption({ label: 'SBO De Vlonder' });
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'nl',
      'ltr',
    ]);
    await page.getByRole('button', { name: 'Beginnen' }).click();

    await page.getByRole('button', { name: 'Lees voor' }).first().click();
    const spoken = await spokenTexts(page);
    expect(spoken[0]?.lang).toBe('nl-NL');
    expect(spoken[0]?.text).toContain('Naar welke school gaat uw kind?');
    expect(spoken[0]?.text).toContain('Basisschool');

    const before = await env.server.database.db
      .selectFrom('responses')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    await completeQuestionnaire(page, 'Volgende', 'Versturen');
    await page.getByRole('heading', { name: 'Bedankt!' }).waitFor();
    const receipt = (await page.getByTestId('receipt-code').textContent()) ?? '';
    expect(receipt).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await expect.poll(() => page.getByText('/verwijderen', { exact: false }).count()).toBeGreaterThanOrEqual(0);

    const after = await env.server.database.db
      .selectFrom('responses')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n) + 1);
    const row = await newest();
    expect(row).toMatchObject({
      status: 'complete',
      locale: 'nl',
      role: 'ouder',
      school_id: await schoolId('SBO De Vlonder'),
      resume_hash: null,
    });
    expect(row.answers.ach_schoolsoort).toBe('po');
    // What was typed is gone from the env.browser once it is safely sent.
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('klankbord.concept.vragenlijst'))),
    ).toEqual([]);

    // The thank-you page offers a story next.
    // Parents are addressed as "u" on every page, the thank-you page and the story included.
    await page.getByText('Uw bewijscode').waitFor();
    await page.getByRole('link', { name: 'Vertel uw verhaal' }).click();
    await page.getByRole('heading', { name: 'Vertel uw verhaal' }).waitFor();
    await page
      .getByLabel('Wat is er gebeurd?')
      .fill('De juf belde mij meteen toen mijn zoon werd gepest. Dat gaf mij rust.');
    await page.getByRole('radio', { name: 'Vooral goed' }).check();
    await page.getByRole('checkbox', { name: 'Veilig voelen en pesten' }).check();
    await page.getByRole('checkbox', { name: 'Gehoord en serieus genomen worden' }).check();
    await page.getByRole('radio', { name: 'Een compliment' }).check();
    await page.getByLabel('Wat had u geholpen?').fill('Nog eerder een gesprek met de intern begeleider.');
    await page.getByRole('checkbox', { name: 'Mijn verhaal mag in het verslag staan, zonder naam.' }).check();
    await page.getByRole('button', { name: 'Verhaal versturen' }).click();
    await page.getByRole('heading', { name: 'Bedankt!' }).waitFor();
    const story = await env.server.database.db
      .selectFrom('stories')
      .selectAll()
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(story).toMatchObject({
      role: 'ouder',
      tone: 'positief',
      kind: 'compliment',
      consent_quote: true,
      consent_research: false,
      locale: 'nl',
    });
    expect([...story.self_themes].sort()).toEqual(['REL', 'VEI']);
    expect(story.text).toContain('De juf belde mij meteen');
    expect(story.helped).toContain('intern begeleider');

    await expectNoCookiesOrThirdParties(respondent, env.server.url);
    await respondent.context.close();
  });

  it('a young person switches to English, sees English texts and completes the youth questionnaire', async () => {
    const respondent = await openRespondentPage(env.browser, env.server.url, '/s/demo-jongeren');
    const { page } = respondent;
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByLabel('Which school is it about?').selectOption({ label: 'Lyceum aan Zee' });
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByText('What kind of school do you go to?').waitFor();
    await page.getByRole('button', { name: 'Read aloud' }).first().click();
    expect((await spokenTexts(page))[0]).toMatchObject({ lang: 'en-GB' });

    await completeQuestionnaire(page, 'Next', 'Send');
    await page.getByRole('heading', { name: 'Thank you!' }).waitFor();
    await page.getByText('Your receipt code').waitFor();
    const row = await newest();
    expect(row).toMatchObject({
      status: 'complete',
      locale: 'en',
      role: 'jongere',
      school_id: await schoolId('Lyceum aan Zee'),
    });
    await expectNoCookiesOrThirdParties(respondent, env.server.url);
    await respondent.context.close();
  });

  it('saves halfway, resumes from the code in a fresh env.browser, and completes one response', async () => {
    const first = await openRespondentPage(env.browser, env.server.url, '/s/91aa-ouders-2026');
    await first.page.getByRole('button', { name: 'Beginnen' }).click();
    await first.page.locator('.sd-question[data-name]').first().waitFor();
    await answerVisibleQuestions(first.page, { ach_schoolsoort: 'Speciale basisschool' });
    await first.page.getByRole('button', { name: 'Volgende' }).click();
    await first.page.locator('.sd-question[data-name="rol_duidelijk"]').waitFor();
    await answerVisibleQuestions(first.page);
    await first.page.getByRole('button', { name: 'Later verder' }).click();
    await first.page.getByRole('heading', { name: 'Uw antwoorden zijn bewaard' }).waitFor();
    const resumeCode = ((await first.page.getByTestId('resume-code').textContent()) ?? '').trim();
    expect(resumeCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const partial = await newest();
    expect(partial).toMatchObject({ status: 'partial', school_id: await schoolId('De Zeester') });
    expect(partial.resume_hash).not.toBeNull();
    await first.context.close();

    // A fresh context has no localStorage: everything comes back from the env.server.
    const second = await openRespondentPage(env.browser, env.server.url, '/s/91aa-ouders-2026');
    await second.page.getByText('Heeft u een code om verder te gaan?').click();
    await second.page.getByLabel('Code om verder te gaan').fill(resumeCode.toLowerCase().replace(/-/g, ' '));
    await second.page.getByRole('button', { name: 'Verder gaan' }).click();
    await second.page
      .locator('.sd-question[data-name="ach_schoolsoort"] input[value="sbo"]:checked')
      .waitFor({ state: 'attached' });
    expect(second.page.url()).not.toContain('hervat');
    await completeQuestionnaire(second.page, 'Volgende', 'Versturen');
    await second.page.getByRole('heading', { name: 'Bedankt!' }).waitFor();

    const rows = await env.server.database.db
      .selectFrom('responses')
      .select(['id', 'status', 'answers', 'resume_hash'])
      .where('id', '>=', partial.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: partial.id, status: 'complete', resume_hash: null });
    expect(rows[0]!.answers.ach_schoolsoort).toBe('sbo');
    await second.context.close();
  });

  it('keeps a send made offline on the device, says so, and stores it once when the connection is back', async () => {
    const respondent = await openRespondentPage(env.browser, env.server.url, '/s/91ab-ouders-2026');
    const { page, context } = respondent;
    await page.getByRole('button', { name: 'Beginnen' }).click();
    const before = await newest();
    await completeQuestionnaireUntilLastPage(page);
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Versturen', exact: true }).click();
    await page
      .getByText(
        'Geen verbinding. Uw antwoorden staan veilig op dit toestel; we versturen ze zodra er weer verbinding is.',
      )
      .waitFor();
    const kept = JSON.parse(
      (await page.evaluate(() => localStorage.getItem('klankbord.concept.vragenlijst.91ab-ouders-2026'))) ?? '{}',
    );
    expect(kept.answers.ach_schoolsoort).toBe('po');
    expect(kept.pending).toMatchObject({ complete: true });
    expect((await newest()).id).toBe(before.id);

    // Back online: sent without a click, once.
    await context.setOffline(false);
    await page.getByRole('heading', { name: 'Bedankt!' }).waitFor();
    const rows = await env.server.database.db
      .selectFrom('responses')
      .select(['status', 'school_id'])
      .where('id', '>', before.id)
      .execute();
    expect(rows).toEqual([{ status: 'complete', school_id: await schoolId('Het Duinpad') }]);
    await context.close();
  });

  it('brings back the comment box as typed after a reload, and Back goes to the previous page', async () => {
    const respondent = await openRespondentPage(env.browser, env.server.url, '/s/91aa-ouders-2026');
    const { page, context } = respondent;
    await page.getByRole('button', { name: 'Beginnen' }).click();
    await page.getByText('Stap 1 van 6').waitFor();
    await answerVisibleQuestions(page);
    await page.getByRole('button', { name: 'Volgende', exact: true }).click();
    await page.getByText('Stap 2 van 6').waitFor();
    // Back in the browser: the previous page of the questionnaire, not the page before it.
    await page.goBack();
    await page.getByText('Stap 1 van 6').waitFor();
    expect(page.url()).toContain('/s/91aa-ouders-2026');
    await page.goForward();
    await page.getByText('Stap 2 van 6').waitFor();

    for (let step = 2; step < 6; step++) {
      await answerVisibleQuestions(page);
      await page.getByRole('button', { name: 'Volgende', exact: true }).click();
      await page.getByText(`Stap ${step + 1} van 6`).waitFor();
    }
    // Typed, never left: the field still has focus when the page reloads.
    await page.locator('.sd-question[data-name="open_opmerking"] textarea').pressSequentially('De juf is heel lief', {
      delay: 5,
    });
    await page.reload();
    await page.getByText('Stap 6 van 6').waitFor();
    expect(await page.locator('.sd-question[data-name="open_opmerking"] textarea').inputValue()).toBe(
      'De juf is heel lief',
    );
    await context.close();
  });

  it('refuses a used invitation when its link opens, and a wrong resume code at once', async () => {
    const db = env.server.database.db;
    const { id: waveId } = await db
      .selectFrom('waves')
      .innerJoin('open_links', 'open_links.wave_id', 'waves.id')
      .select('waves.id')
      .where('open_links.code', '=', '91aa-ouders-2026')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('invitations')
      .values({
        wave_id: waveId,
        school_id: await schoolId('De Zeester'),
        token_hash: hashCode('USED-USED-2222'),
        used: true,
      })
      .execute();
    const used = await openRespondentPage(
      env.browser,
      env.server.url,
      '/s/91aa-ouders-2026?uitnodiging=USED-USED-2222',
    );
    await used.page.getByRole('heading', { name: 'Deze uitnodiging is al gebruikt' }).waitFor();
    expect(await used.page.locator('.sd-question').count()).toBe(0);
    await used.context.close();

    const wrong = await openRespondentPage(env.browser, env.server.url, '/s/91aa-ouders-2026?hervat=FOUT-FOUT-FOUT');
    const alert = wrong.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('We kennen deze code niet');
    // Where the eye is: focused and on the screen.
    expect(await alert.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => alert.isVisible()).toBe(true);
    await wrong.context.close();
  });

  it('explains an unknown link and a closed questionnaire in plain Dutch', async () => {
    const unknown = await openRespondentPage(env.browser, env.server.url, '/s/bestaat-niet');
    await unknown.page.getByRole('heading', { name: 'Deze link werkt niet' }).waitFor();
    await unknown.context.close();
    const closed = await openRespondentPage(env.browser, env.server.url, '/s/91aa-ouders-2025');
    await closed.page.getByRole('heading', { name: 'De vragenlijst is gesloten' }).waitFor();
    expect(await closed.page.getByRole('alert').textContent()).toContain('Hij is al dicht of nog niet open');
    await closed.context.close();
  });
});

async function completeQuestionnaireUntilLastPage(page: import('playwright-core').Page): Promise<void> {
  for (let step = 0; step < 12; step++) {
    await page.locator('.sd-question[data-name]').first().waitFor();
    await answerVisibleQuestions(page);
    if (await page.getByRole('button', { name: 'Versturen', exact: true }).isVisible()) return;
    await page.getByRole('button', { name: 'Volgende', exact: true }).click();
  }
}
