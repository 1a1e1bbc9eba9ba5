import { describe, expect, it } from 'vitest';
import { weightedShare, weightedShareOfGroups } from './weighted-share.ts';

describe('weightedShare', () => {
  it('equals the Wilson interval when all weights are equal (81 of 263: Newcombe 1998, Table I)', () => {
    const values = Array.from({ length: 263 }, (_, i) => i < 81);
    const result = weightedShare(values, new Array<number>(263).fill(3.2));
    if (!result.ok) throw new Error(result.message);
    expect(result.effectiveN).toBeCloseTo(263, 9);
    expect(result.p).toBeCloseTo(81 / 263, 12);
    expect(result.lower).toBeCloseTo(0.2553, 4);
    expect(result.upper).toBeCloseTo(0.3662, 4);
  });

  it("uses Kish's effective n (Σw)²/Σw² = 36/10 for weights 2, 1, 1, 2", () => {
    // Kish L (1965), Survey Sampling, §11.7. Wilson on p = 4/6 with n = 3.6 (independent Python check):
    // centre (p + z²/2n)/(1 + z²/n) ± (z/(1 + z²/n))·√(p(1−p)/n + z²/4n²) = 0.2312 to 0.9301.
    const result = weightedShare([true, false, false, true], [2, 1, 1, 2]);
    if (!result.ok) throw new Error(result.message);
    expect(result.effectiveN).toBeCloseTo(3.6, 12);
    expect(result.p).toBeCloseTo(2 / 3, 12);
    expect(result.lower).toBeCloseTo(0.2312, 4);
    expect(result.upper).toBeCloseTo(0.9301, 4);
  });

  it('gets wider than the unweighted interval when weights vary', () => {
    const values = Array.from({ length: 200 }, (_, i) => i % 3 === 0);
    const flat = weightedShare(values, new Array<number>(200).fill(1));
    const uneven = weightedShare(
      values,
      values.map((_, i) => (i % 2 === 0 ? 0.5 : 1.5)),
    );
    if (!flat.ok || !uneven.ok) throw new Error('expected results');
    expect(uneven.effectiveN).toBeCloseTo(160, 9);
    expect(uneven.upper - uneven.lower).toBeGreaterThan(flat.upper - flat.lower);
  });

  it.each([
    [[], [], 'no_data'],
    [[true, false], [0, 0], 'no_data'],
    [[true], [1, 2], 'invalid_input'],
    [[true, false], [1, -1], 'invalid_input'],
    [[true, false], [1, Number.NaN], 'invalid_input'],
  ])('rejects %j weighted %j', (values, weights, reason) => {
    expect(weightedShare(values, weights)).toMatchObject({ ok: false, reason });
  });
});

describe('weightedShareOfGroups', () => {
  it('gives exactly what weightedShare gives on the same respondents expanded one by one', () => {
    const groups = [
      { n: 5, yes: 3, weight: 1.5 },
      { n: 7, yes: 1, weight: 0.4 },
      { n: 3, yes: 3, weight: 2.25 },
    ];
    const values = groups.flatMap((g) => Array.from({ length: g.n }, (_, i) => i < g.yes));
    const weights = groups.flatMap((g) => Array.from({ length: g.n }, () => g.weight));
    const expanded = weightedShare(values, weights);
    const grouped = weightedShareOfGroups(groups);
    expect(grouped.ok && expanded.ok).toBe(true);
    if (!grouped.ok || !expanded.ok) return;
    expect(grouped.p).toBeCloseTo(expanded.p, 12);
    expect(grouped.effectiveN).toBeCloseTo(expanded.effectiveN, 12);
    expect(grouped.lower).toBeCloseTo(expanded.lower, 12);
    expect(grouped.upper).toBeCloseTo(expanded.upper, 12);
  });

  it('refuses counts that do not fit (yes above n) and says when nobody carries weight', () => {
    expect(weightedShareOfGroups([{ n: 2, yes: 3, weight: 1 }])).toMatchObject({ ok: false, reason: 'invalid_input' });
    expect(weightedShareOfGroups([{ n: 4, yes: 1, weight: 0 }])).toMatchObject({ ok: false, reason: 'no_data' });
  });
});
