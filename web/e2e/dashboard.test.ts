import AxeBuilder from '@axe-core/playwright';

import { describe, expect, it } from 'vitest';
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
    await page.context().close();
  });
});
