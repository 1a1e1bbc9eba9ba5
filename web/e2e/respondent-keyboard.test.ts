import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../api/src/test-support/browser.ts';
import { useServerAndBrowser } from './browser-test.ts';
import { openRespondentPage } from './respondent-support.ts';

// Callbacks given to page.evaluate run in the browser; the server-side program has no DOM types.
declare const document: any, getComputedStyle: any, innerHeight: number;

interface Focus {
  tag: string;
  type: string;
  id: string;
  text: string;
  answered: boolean;
  outlined: boolean;
}

/**
 * After Enter on a questionnaire button, what a user waits for: the next page, shown from its top (or no
 * questionnaire any more). SurveyJS scrolls up a moment after drawing the page, and Chromium lets that
 * scroll move the Tab starting point: a Tab pressed before it starts where the vanished Volgende was,
 * on Versturen, past the new page's comment box.
 */
async function waitForNextPage(page: Page, previousTitle: string | null): Promise<void> {
  await page.waitForFunction((previous) => {
    const root = document.querySelector('.sd-root-modern__wrapper');
    if (!root) return true;
    const title = document.querySelector('.sd-page__title')?.textContent ?? null;
    const top = root.getBoundingClientRect().top;
    return title !== previous && top >= 0 && top <= innerHeight;
  }, previousTitle);
}

/**
 * Works through a page with the keyboard only: Tab to each control; Space on the first choice of an
 * unanswered question; typing into an empty text box; Enter on a next/send button, then waiting for the
 * next page. Reading the DOM only decides which key to press and when.
 */
async function completeWithKeyboard(
  page: Page,
  submitNames: string[],
  done: () => Promise<boolean>,
  typed: Record<string, string>,
): Promise<{ seen: Focus[]; landings: { title: string; focused: string }[] }> {
  const seen: Focus[] = [];
  // Where focus is after each step to another questionnaire page: what a screen reader reads out.
  const landings: { title: string; focused: string }[] = [];
  for (let presses = 0; presses < 600; presses++) {
    if (await done()) return { seen, landings };
    await page.keyboard.press('Tab');
    const focus = await page.evaluate((): Focus | null => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const group = el.closest('.sd-question[data-name], fieldset');
      const answered = group ? !!group.querySelector('input:checked') : true;
      // A radio or checkbox is drawn by its label (the input itself may be visually hidden): the ring must be there.
      const choice = el.type === 'radio' || el.type === 'checkbox';
      const ringOn = choice ? el.closest('label') : el;
      const style = getComputedStyle(ringOn);
      return {
        tag: el.tagName,
        type: el.type ?? '',
        id: el.id,
        text: (el.textContent || el.value || '').trim(),
        answered,
        outlined: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
      };
    });
    if (!focus) continue;
    seen.push(focus);
    if ((focus.type === 'radio' || focus.type === 'checkbox') && !focus.answered) await page.keyboard.press('Space');
    else if (focus.tag === 'TEXTAREA' && !(await page.evaluate(() => document.activeElement.value))) {
      const text = typed[focus.id] ?? typed['*'];
      if (text) await page.keyboard.type(text);
    } else if (submitNames.includes(focus.text)) {
      const title = await page.evaluate(() => document.querySelector('.sd-page__title')?.textContent ?? null);
      await page.keyboard.press('Enter');
      await waitForNextPage(page, title);
      const landing = await page.evaluate(() => {
        const next = document.querySelector('.sd-page__title');
        return next && { title: next.textContent, focused: document.activeElement === next ? next.textContent : '' };
      });
      if (landing) landings.push(landing);
    }
  }
  throw new Error(`Not done after 600 key presses; last focus: ${JSON.stringify(seen.at(-1))}`);
}

describe.skipIf(!hasChromium)('respondent pages by keyboard only', () => {
  const env = useServerAndBrowser();

  it('completes the questionnaire and then tells a story without a mouse', async () => {
    const { page, context } = await openRespondentPage(env.browser, env.server.url, '/s/91ac-ouders-2026');
    // The first screen: Tab to "Beginnen", Enter. The skip link comes first.
    await page.getByRole('button', { name: 'Beginnen' }).waitFor();
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Naar de inhoud');
    for (let i = 0; i < 20 && (await focusedText()) !== 'Beginnen'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('.sd-question[data-name]').first().waitFor();
    const before = await env.server.database.db
      .selectFrom('responses')
      .select('id')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const thanks = page.getByTestId('receipt-code');
    const { seen, landings } = await completeWithKeyboard(page, ['Volgende', 'Versturen'], () => thanks.isVisible(), {
      '*': 'Fijne school, duidelijke berichten.',
    });
    // Every step to a next page puts focus on that page's title, so Tab goes on to its first question.
    expect(landings.length).toBeGreaterThan(2);
    expect(landings.filter((l) => l.focused !== l.title)).toEqual([]);
    // Focus is always visible.
    expect(seen.filter((f) => !f.outlined).map((f) => f.text || f.id)).toEqual([]);
    const response = await env.server.database.db
      .selectFrom('responses')
      .select(['id', 'status', 'answers'])
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(response.id).toBeGreaterThan(before.id);
    expect(response.status).toBe('complete');
    expect(response.answers.open_opmerking).toBe('Fijne school, duidelijke berichten.');

    // From the thank-you page to the story: Tab to the link, Enter.
    for (
      let i = 0;
      i < 40 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'Vertel uw verhaal';
      i++
    )
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('#verhaal').waitFor();
    const stories = await env.server.database.db
      .selectFrom('stories')
      .select('id')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    await completeWithKeyboard(page, ['Verhaal versturen'], () => thanks.isVisible(), {
      verhaal: 'De school stuurt alles via een app die ik niet goed kan lezen.',
    });
    const story = await env.server.database.db
      .selectFrom('stories')
      .selectAll()
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(story.id).toBeGreaterThan(stories.id);
    expect(story).toMatchObject({
      tone: 'positief',
      kind: 'ervaring',
      self_themes: ['ROL'],
      consent_quote: true,
      consent_research: false,
    });
    expect(story.text).toBe('De school stuurt alles via een app die ik niet goed kan lezen.');
    await context.close();
  });
});
