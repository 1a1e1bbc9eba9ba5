import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

// Callbacks given to page.evaluate run in the browser; the server-side program has no DOM types.
declare const window: any;

export interface RespondentPage {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested, to prove nothing is loaded from elsewhere. */
  requests: string[];
}

/**
 * A fresh browser context on `path` with a recording speech synthesis (headless Chromium has no voices),
 * so a test can check what a read-aloud button said and in which language.
 */
export async function openRespondentPage(browser: Browser, baseUrl: string, path: string): Promise<RespondentPage> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const spoken: { text: string; lang: string }[] = [];
    Object.assign(window, { spokenTexts: spoken });
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        speak: (u: { text: string; lang: string }) => spoken.push({ text: u.text, lang: u.lang }),
        cancel: () => {},
        getVoices: () => [],
      },
    });
  });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${baseUrl}${path}`);
  return { context, page, requests };
}

export function spokenTexts(page: Page): Promise<{ text: string; lang: string }[]> {
  return page.evaluate(() => (window as unknown as { spokenTexts: { text: string; lang: string }[] }).spokenTexts);
}

/** Zero WCAG 2.1 A/AA violations; the failure lists each rule with the elements it found. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.passes.length, `axe ran on ${where}`).toBeGreaterThan(0);
  const found = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
  expect(found, where).toEqual([]);
}

/** The respondent pages set no cookies and load nothing but the server's own files. */
export async function expectNoCookiesOrThirdParties(respondent: RespondentPage, baseUrl: string): Promise<void> {
  expect(await respondent.context.cookies()).toEqual([]);
  const foreign = respondent.requests.filter((url) => !url.startsWith(baseUrl) && !url.startsWith('data:'));
  expect(foreign).toEqual([]);
}

/** Answers the current questionnaire page with the mouse: the first choice of each open question, a text where asked. */
export async function answerVisibleQuestions(page: Page, answers: Record<string, string> = {}): Promise<void> {
  const questions = page.locator('.sd-question[data-name]');
  for (let i = 0; i < (await questions.count()); i++) {
    const question = questions.nth(i);
    const name = (await question.getAttribute('data-name')) ?? '';
    // Answers restored from a draft or a resume code stay as they are.
    if (!(name in answers) && (await question.locator('input:checked').count())) continue;
    if (await question.locator('textarea').count()) {
      await question.locator('textarea').fill(answers[name] ?? 'Goede school, de leraren luisteren naar ons.');
      continue;
    }
    const wanted = answers[name];
    const option = wanted
      ? question.locator('label', { hasText: wanted }).first()
      : question.locator('label:has(input)').first();
    await option.click();
  }
}

/** Goes through every page of the questionnaire and sends it. */
export async function completeQuestionnaire(page: Page, next: string, send: string): Promise<void> {
  for (let step = 0; step < 12; step++) {
    await page.locator('.sd-question[data-name]').first().waitFor();
    await answerVisibleQuestions(page);
    const complete = page.getByRole('button', { name: send, exact: true });
    if (await complete.isVisible()) {
      await complete.click();
      return;
    }
    await page.getByRole('button', { name: next, exact: true }).click();
  }
  throw new Error('The questionnaire did not end');
}
