import AxeBuilder from '@axe-core/playwright';

import { describe, expect, it } from 'vitest';

// Callbacks given to page.evaluate run in the browser; the server-side program has no DOM types.
declare const document: any, window: any;
import { hasChromium } from '../../api/src/test-support/browser.ts';
import { logInAsStaff, useServerAndBrowser } from './browser-test.ts';

describe.skipIf(!hasChromium)('analysis dashboard in a real browser', () => {
  const env = useServerAndBrowser();

  it('shows the board a chart with its table, hides SBO De Vlonder, and passes axe', async () => {
    const page = await logInAsStaff(env, 'bestuur@demo.klankbord.nl');
    await page.getByRole('link', { name: 'Analyse' }).click();
    await page.getByRole('heading', { name: 'Scholen' }).waitFor();

    const vlonder = page.getByRole('row', { name: /SBO De Vlonder/ });
    await vlonder.waitFor();
    expect(await vlonder.textContent()).toContain('te weinig reacties');
    await page.locator('figure.chart svg.chart').first().waitFor();
    expect(await page.locator('figure.chart .chart-bar').count()).toBeGreaterThan(3);
    expect(await page.getByRole('row').count()).toBeGreaterThan(10);

    const axe = async () =>
      (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations;
    expect(await axe()).toEqual([]);

    await page.getByRole('button', { name: 'Vragen' }).click();
    await page.getByRole('heading', { name: 'Vragen' }).waitFor();
    await page.getByText(/Verschil tussen de groepen: /).waitFor();
    expect(await axe()).toEqual([]);

    await page.getByRole('button', { name: 'Thema’s' }).click();
    await page.getByRole('heading', { name: 'Thema’s in verhalen' }).waitFor();
    await page.getByRole('table').waitFor();
    expect(await axe()).toEqual([]);

    // On a tablet held upright the chart and its table stack, and nothing runs off the side of the screen.
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.getByRole('button', { name: 'Scholen' }).click();
    await page.getByRole('heading', { name: 'Scholen' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const chart = await page.locator('figure.chart').first().boundingBox();
    expect(chart?.width).toBeGreaterThan(300);
    expect((chart?.x ?? 0) + (chart?.width ?? 0)).toBeLessThanOrEqual(768);
    expect(await axe()).toEqual([]);
    await page.context().close();
  });

  it("shows the school contact De Zeester's own figures against the SWV, on a phone too", async () => {
    const page = await logInAsStaff(env, 'school@demo.klankbord.nl');
    await page.getByRole('link', { name: 'Analyse' }).click();
    // The organisation picker offers the board and SWV of the school (it was empty).
    const picker = page.getByLabel('Organisatie');
    await picker.locator('option').first().waitFor({ state: 'attached' });
    expect(await picker.locator('option').count()).toBeGreaterThanOrEqual(1);
    await page.getByRole('heading', { name: 'De Zeester' }).waitFor();
    const table = page.getByRole('table', { name: /De Zeester tegen .* en primair onderwijs daarin/ });
    await table.waitFor();
    const rows = table.getByRole('row');
    expect(await rows.count()).toBeGreaterThan(5);
    // Every item: the school's share with its interval beside the SWV's and the sector's.
    const first = (await rows.nth(1).textContent()) ?? '';
    expect(first).toMatch(/\d+% \(\d+%–\d+%\).*\d+% \(\d+%–\d+%\)/);
    expect(await table.getByText('te weinig reacties').count()).toBe(0);
    const axe = async () =>
      (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations;
    expect(await axe()).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('heading', { name: 'De Zeester' }).waitFor();
    expect(await axe()).toEqual([]);
    await page.context().close();
  });
});
