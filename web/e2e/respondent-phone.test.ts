import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../api/src/test-support/browser.ts';
import { useServerAndBrowser } from './browser-test.ts';
import { answerVisibleQuestions } from './respondent-support.ts';

// Callbacks given to page.evaluate run in the browser; the server-side program has no DOM types.
declare const document: any, window: any;

const start = { nl: 'Beginnen', en: 'Start', ar: 'ابدأ' };
const next = { nl: 'Volgende', en: 'Next', ar: 'التالي' };
const step = { nl: 'Stap 1 van 6', en: 'Step 1 of 6', ar: 'الخطوة 1 من 6' };

describe.skipIf(!hasChromium)('the questionnaire on a phone', () => {
  const env = useServerAndBrowser();

  // Every question title's text boxes against its read-aloud button, page by page: none may touch.
  it.each([
    ['nl', 390],
    ['en', 390],
    ['ar', 390],
    ['nl', 320],
    ['ar', 430],
  ] as const)('the read-aloud button covers no question text (%s, %i px)', async (locale, width) => {
    const context = await env.browser.newContext({ viewport: { width, height: 800 }, isMobile: true, hasTouch: true });
    // Headless Chromium has no voices; the button only shows where speech is possible.
    await context.addInitScript(() => {
      Object.defineProperty(window, 'speechSynthesis', {
        configurable: true,
        value: { speak: () => {}, cancel: () => {}, getVoices: () => [] },
      });
    });
    const page = await context.newPage();
    await page.goto(`${env.server.url}/s/91aa-ouders-2026?taal=${locale}`);
    await page.getByRole('button', { name: start[locale] }).click();
    await page.getByText(step[locale]).waitFor();
    expect(await page.getByRole('progressbar', { name: step[locale] }).count()).toBe(1);
    for (let pageNo = 0; pageNo < 3; pageNo++) {
      await page.locator('.sd-question[data-name]').first().waitFor();
      const overlaps = await page.evaluate(() => {
        const found: string[] = [];
        for (const title of document.querySelectorAll('.sd-question__title')) {
          const button = title.querySelector('.sd-action-title-bar button');
          if (!button) continue;
          const b = button.getBoundingClientRect();
          // The text's own line boxes, not its container: a line may be short.
          const range = document.createRange();
          range.selectNodeContents(title.querySelector('.sv-title-actions__title'));
          for (const r of range.getClientRects())
            if (r.width && r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom)
              found.push(title.textContent.trim().slice(0, 60));
        }
        return found;
      });
      expect(await page.locator('.sd-action-title-bar button:visible').count()).toBeGreaterThan(0);
      expect(overlaps, `page ${pageNo + 1}`).toEqual([]);
      // Nothing wider than the screen either.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await answerVisibleQuestions(page);
      await page.getByRole('button', { name: next[locale], exact: true }).click();
    }
    await context.close();
  });
});
