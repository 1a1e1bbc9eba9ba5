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
    expect(await vlonder.textContent()).toContain('< 10');
    await page.locator('figure.chart svg.recharts-surface').first().waitFor();
    expect(await page.locator('figure.chart .recharts-bar-rectangle').count()).toBeGreaterThan(3);
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
});
