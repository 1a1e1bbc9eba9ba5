import { describe, expect, it } from 'vitest';
import { themeAgreement } from './coder-agreement.ts';

const pair = (a: string[], b: string[]) => ({ a: new Set(a), b: new Set(b) });
// VEI: A [1,0,1,0], B [1,0,0,0] → kappa 0.5; PAS: A [1,0,0,0], B [0,0,1,0] → kappa −1/3 (worked in coding.test.ts).
const pairs = [pair(['VEI', 'PAS'], ['VEI']), pair([], []), pair(['VEI'], ['PAS']), pair([], [])];

describe('themeAgreement', () => {
  it('gives Cohen’s kappa per theme and their mean, the figures screen and report both print', () => {
    const result = themeAgreement(pairs, ['VEI', 'PAS'], { minimumPairs: 4 });
    expect(result.themes).toEqual([
      { code: 'VEI', kappa: { value: 0.5, n: 4 } },
      { code: 'PAS', kappa: { value: -0.333, n: 4 } },
    ]);
    expect(result.meanKappa).toEqual({ value: 0.083, n: 4 });
    expect(result.alpha.units).toBe(8);
  });

  it('gives no mean below the minimum number of stories, and says why', () => {
    const result = themeAgreement(pairs, ['VEI', 'PAS']);
    expect(result.meanKappa).toMatchObject({ value: null, n: 4 });
    expect((result.meanKappa as { reason: string }).reason).toContain('minstens 10');
  });

  it('says in Dutch why nothing can be computed when no story was coded twice', () => {
    const result = themeAgreement([], ['VEI', 'PAS']);
    expect(result.alpha).toMatchObject({
      value: null,
      reason: 'Niet te berekenen: nog geen verhaal is door twee codeurs gecodeerd.',
    });
    for (const theme of result.themes)
      expect((theme.kappa as { reason: string }).reason).toMatch(/^Niet te berekenen: /);
  });
});
