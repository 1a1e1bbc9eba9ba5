import { describe, expect, it } from 'vitest';
import { pearsonFromSums } from './correlation.ts';
import { priorityQuadrants } from './priority-matrix.ts';
import { linearMarkFormula, markDifference, markScale, reportMark } from './report-mark.ts';
import { marginOfError, responseRate } from './response-rate.ts';

describe('markScale', () => {
  it('converts a 4-point scale as Vensters does: 3 × value − 2 (encyclopedie.vensters.nl, Oudertevredenheid)', () => {
    const scale = markScale(['1', '2', '3', '4']);
    expect(scale.ok && scale.marks).toEqual([1, 4, 7, 10]);
  });
  it('keeps a 1–10 rating as it is', () => {
    const scale = markScale(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(scale.ok && scale.conversion).toBe('as_is');
  });
  it('refuses words', () => expect(markScale(['ja', 'nee']).ok).toBe(false));
});

describe('reportMark', () => {
  it('gives the mean mark with a 95% interval', () => {
    // 4-point answers 2,3,3,4 → marks 4,7,7,10: mean 7 (= 3 × 3 − 2), s² = (9+0+0+9)/3 = 6,
    // half width 1.959964 × √6 / 2 = 2.40046.
    const mark = reportMark([0, 1, 2, 1], [1, 4, 7, 10]);
    expect(mark.ok).toBe(true);
    if (!mark.ok) return;
    expect(mark.mean).toBe(7);
    expect(mark.sd).toBeCloseTo(Math.sqrt(6), 12);
    expect(mark.lower).toBeCloseTo(4.5995, 4);
    expect(mark.upper).toBeCloseTo(9.4005, 4);
  });
  it('compares two waves with a z test', () => {
    // (7.5 − 7) / √(1/50 + 1/50) = 2.5 → p = 0.0124
    const d = markDifference({ n: 50, mean: 7.5, sd: 1 }, { n: 50, mean: 7, sd: 1 });
    expect(d.ok && d.pValue).toBeCloseTo(0.0124, 4);
  });
});

describe('pearsonFromSums', () => {
  it('gives r from sums', () => {
    // x 1,2,3,4; y 2,1,4,3: Σx 10, Σy 10, Σx² 30, Σy² 30, Σxy 2+2+12+12 = 28
    // r = (4·28 − 100) / √((120 − 100)(120 − 100)) = 12 / 20 = 0.6
    const r = pearsonFromSums({ n: 4, sx: 10, sy: 10, sxx: 30, syy: 30, sxy: 28 });
    expect(r.ok && r.r).toBeCloseTo(0.6, 12);
  });
});

describe('priorityQuadrants', () => {
  it('cuts at the medians', () => {
    const m = priorityQuadrants([
      { key: 'a', satisfaction: 0.5, importance: 0.6 },
      { key: 'b', satisfaction: 0.9, importance: 0.7 },
      { key: 'c', satisfaction: 0.8, importance: 0.1 },
      { key: 'd', satisfaction: 0.4, importance: 0.2 },
    ]);
    // medians: satisfaction (0.5 + 0.8) / 2 = 0.65, importance (0.2 + 0.6) / 2 = 0.4
    expect(m.cuts).toEqual({ satisfaction: 0.65, importance: 0.4 });
    expect(m.items.map((i) => i.quadrant)).toEqual(['verbeteren', 'behouden', 'bewaken', 'minder_urgent']);
  });
});

describe('responseRate', () => {
  it('flags a school whose margin of error is above 10 points', () => {
    // 40 of 400: 1.96 × √(0.25/40) × √(360/399) = 0.1472
    expect(marginOfError(40, 400)).toBeCloseTo(0.1472, 4);
    expect(responseRate(40, 400)).toMatchObject({ rate: 0.1, tooLow: true });
    // 80 of 400: 1.96 × √(0.25/80) × √(320/399) = 0.0981
    expect(responseRate(80, 400)).toMatchObject({ rate: 0.2, tooLow: false });
  });
});

describe('linearMarkFormula', () => {
  it('is the map markScale uses, written as factor × answer + offset', () => {
    expect(linearMarkFormula(1, 4)).toEqual({ factor: 3, offset: -2 });
    for (const values of [
      ['1', '2', '3', '4'],
      ['1', '2', '3', '4', '5'],
      ['0', '1', '2', '3', '4', '5', '6', '7'],
    ]) {
      const scale = markScale(values);
      if (!scale.ok) throw new Error('a numeric scale');
      const numbers = values.map(Number);
      const { factor, offset } = linearMarkFormula(Math.min(...numbers), Math.max(...numbers));
      numbers.forEach((v, i) => expect(factor * v + offset).toBeCloseTo(scale.marks[i]!, 12));
    }
  });
});
