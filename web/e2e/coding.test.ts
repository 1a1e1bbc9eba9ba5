import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../api/src/test-support/browser.ts';
import { logInAsStaff, useServerAndBrowser } from './browser-test.ts';

// Callbacks given to page.evaluate run in the browser; the server-side program has no DOM types.
declare const document: any;

describe.skipIf(!hasChromium)('coding stories in a real browser', () => {
  const env = useServerAndBrowser();

  it('codes three stories with the keyboard only, stores them, and passes axe', async () => {
    const page = await logInAsStaff(env, 'onderzoeker@demo.klankbord.nl');
    await page.getByRole('link', { name: 'Coderen' }).first().click();
    const story = page.locator('[data-story-id]');
    await story.waitFor();
    const db = env.server.database.db;
    const { id: coderId } = await db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'onderzoeker@demo.klankbord.nl')
      .executeTakeFirstOrThrow();
    // The demo has stories this researcher coded already (some of them twice, for agreement): count only new ones.
    const doneIds = async () =>
      (
        await db
          .selectFrom('coding_assignments')
          .select('story_id')
          .where('coder_user_id', '=', coderId)
          .where('done_at', 'is not', null)
          .orderBy('id')
          .execute()
      ).map((d) => Number(d.story_id));
    const doneBefore = new Set(await doneIds());
    const seen: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const id = Number(await story.getAttribute('data-story-id'));
      expect(seen).not.toContain(id);
      seen.push(id);
      // The heading has focus, so the keys work without touching the mouse.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('coding-story-heading');
      await page.keyboard.press('1');
      await page.keyboard.press('5');
      if (i === 0) await page.keyboard.press('r');
      await expect.poll(() => page.getByRole('checkbox', { checked: true }).count()).toBe(2);
      await page.keyboard.press('Enter');
      await expect.poll(() => story.getAttribute('data-story-id')).not.toBe(String(id));
      await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Opgeslagen, volgende verhaal');
    }
    expect(await page.locator('mark').count()).toBeGreaterThan(0);

    expect((await doneIds()).filter((id) => !doneBefore.has(id))).toEqual(seen);
    const codes = await db
      .selectFrom('codings as c')
      .innerJoin('themes as t', 't.id', 'c.theme_id')
      .select(['c.story_id', 't.code'])
      .where('c.coder_user_id', '=', coderId)
      .where('c.story_id', 'in', seen)
      .orderBy('c.story_id')
      .orderBy('t.code')
      .execute();
    expect(codes.map((c) => c.code)).toEqual(['ROL', 'VEI', 'ROL', 'VEI', 'ROL', 'VEI']);
    const first = await db
      .selectFrom('stories')
      .select('quote_status')
      .where('id', '=', seen[0]!)
      .executeTakeFirstOrThrow();
    expect(first.quote_status).toBe('rejected');

    await page.keyboard.press('?');
    await page.getByText('alle voorstellen van de computer overnemen').waitFor();
    const violations = (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze())
      .violations;
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
