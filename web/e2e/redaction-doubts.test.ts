import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../api/src/test-support/browser.ts';
import { logInAsStaff, useServerAndBrowser } from './browser-test.ts';
import { expectNoAxeViolations } from './respondent-support.ts';

// A story whose redaction leaves a doubt: "Kwintessa" is a word no list holds, before another capital.
const text = 'Wij bedanken Kwintessa Groep voor de hulp, en onze zoon Daan is weer blij op school.';

describe.skipIf(!hasChromium)(
  'a researcher decides a redaction doubt before an export, in a real browser (issue 19)',
  () => {
    const env = useServerAndBrowser();

    it('sees the doubted word highlighted in the story preview and redacts it in one click, also on a phone', async () => {
      const db = env.server.database.db;
      const swv = await db
        .selectFrom('organisations')
        .select('id')
        .where('slug', '=', 'demo')
        .executeTakeFirstOrThrow();
      const codebook = await db
        .selectFrom('codebooks')
        .select('id')
        .where('is_active', '=', true)
        .executeTakeFirstOrThrow();
      const { id } = await db
        .insertInto('stories')
        .values({
          organisation_id: swv.id,
          role: 'ouder',
          text,
          codebook_id: codebook.id,
          self_themes: ['VEI'],
          tone: 'positief',
          kind: 'ervaring',
          consent_quote: false,
          consent_research: true,
          locale: 'nl',
          submitted_on: '2026-03-01',
          receipt_hash: 'redaction-doubt-e2e',
        })
        .returning('id')
        .executeTakeFirstOrThrow();

      const page = await logInAsStaff(env, 'onderzoeker@demo.klankbord.nl');
      await page.getByRole('link', { name: 'Export' }).click();
      await page.getByRole('button', { name: 'Export starten' }).waitFor();
      await page.getByRole('heading', { name: 'Verhalen nakijken op namen' }).waitFor();
      const article = page.locator(`article[data-story-id="${id}"]`);
      await article.waitFor();
      // The known name is already redacted; the doubted word is highlighted, not redacted.
      expect(await article.locator('.coding-story-text').innerText()).toContain('zoon [NAAM]');
      expect(await article.locator('.coding-story-text mark.redaction-doubt').innerText()).toBe('Kwintessa');
      await expectNoAxeViolations(page, 'the story preview with a doubt');
      // On a phone the decision is one tap, within reach.
      await page.setViewportSize({ width: 390, height: 844 });

      const redact = article.getByRole('button', { name: 'Weglakken: Kwintessa' });
      await redact.waitFor();
      await redact.scrollIntoViewIfNeeded();
      await redact.click();
      await article.waitFor({ state: 'detached' });

      const decisions = await db
        .selectFrom('story_redaction_decisions')
        .selectAll()
        .where('story_id', '=', id)
        .execute();
      expect(decisions.map((d) => [d.phrase, d.decision])).toEqual([['Kwintessa', 'redact']]);
      // After a reload the story has nothing left to decide.
      await page.reload();
      await page.getByRole('heading', { name: 'Verhalen nakijken op namen' }).waitFor();
      await page
        .getByText(/Geen twijfels|Verhaal|Bezig/)
        .first()
        .waitFor();
      expect(await page.locator(`article[data-story-id="${id}"]`).count()).toBe(0);
      await page.context().close();
    });

    it('shows the doubt where quotes are approved, and keeps the word in one click', async () => {
      const db = env.server.database.db;
      const swv = await db
        .selectFrom('organisations')
        .select('id')
        .where('slug', '=', 'demo')
        .executeTakeFirstOrThrow();
      const codebook = await db
        .selectFrom('codebooks')
        .select('id')
        .where('is_active', '=', true)
        .executeTakeFirstOrThrow();
      // The oldest story comes first in the coding queue.
      const { id } = await db
        .insertInto('stories')
        .values({
          organisation_id: swv.id,
          role: 'ouder',
          text,
          codebook_id: codebook.id,
          self_themes: ['VEI'],
          tone: 'positief',
          kind: 'ervaring',
          consent_quote: true,
          consent_research: true,
          locale: 'nl',
          submitted_on: '2020-01-01',
          receipt_hash: 'redaction-doubt-coding-e2e',
        })
        .returning('id')
        .executeTakeFirstOrThrow();

      const page = await logInAsStaff(env, 'onderzoeker@demo.klankbord.nl');
      await page.getByRole('link', { name: 'Coderen' }).first().click();
      const story = page.locator(`[data-story-id="${id}"]`);
      await story.waitFor();
      expect(await story.locator('mark.redaction-doubt').first().innerText()).toBe('Kwintessa');
      await page.getByRole('button', { name: 'Citaat goedkeuren' }).waitFor();
      await expectNoAxeViolations(page, 'the coding view with a doubt');

      await page.getByRole('button', { name: 'Laten staan: Kwintessa' }).click();
      await expect.poll(() => story.locator('mark.redaction-doubt').count()).toBe(0);
      expect(await story.locator('.coding-story-text').innerText()).toContain('Kwintessa Groep');
      const decisions = await db
        .selectFrom('story_redaction_decisions')
        .selectAll()
        .where('story_id', '=', id)
        .execute();
      expect(decisions.map((d) => [d.phrase, d.decision])).toEqual([['Kwintessa', 'keep']]);
      await page.context().close();
    });
  },
);
