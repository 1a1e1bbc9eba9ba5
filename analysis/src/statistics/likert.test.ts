import { describe, expect, it } from 'vitest';
import { likertSummary } from './likert.ts';

describe('likertSummary', () => {
  it('summarises a five-point item whose top box is 81 of 263', () => {
    // Hand-computed: mean = (50·1 + 62·2 + 70·3 + 41·4 + 40·5) / 263 = 748 / 263; the 132nd answer is a 3.
    // Top box 81/263 has the Wilson interval 0.2553–0.3662 (Newcombe 1998, Table I).
    const result = likertSummary([50, 62, 70, 41, 40]);
    if (!result.ok) throw new Error(result.message);
    expect(result.n).toBe(263);
    expect(result.mean).toBeCloseTo(748 / 263, 12);
    expect(result.median).toBe(3);
    expect(result.topBoxShare).toBeCloseTo(81 / 263, 12);
    expect(result.topBoxLower).toBeCloseTo(0.2553, 4);
    expect(result.topBoxUpper).toBeCloseTo(0.3662, 4);
    expect(result.distribution.map((share) => Number(share.toFixed(4)))).toEqual([
      0.1901, 0.2357, 0.2662, 0.1559, 0.1521,
    ]);
    expect(result.distribution.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('takes the midpoint of the two middle answers when n is even, like R median()', () => {
    // Answers 1, 1, 4, 4 → median 2.5.
    expect(likertSummary([2, 0, 0, 2, 0])).toMatchObject({ ok: true, median: 2.5, mean: 2.5 });
    // Answers 2, 3, 3, 4 → median 3.
    expect(likertSummary([0, 1, 2, 1])).toMatchObject({ ok: true, median: 3 });
  });

  it('counts the highest two points as the top box on a four-point scale', () => {
    // 15 of 148 in the top two boxes: Wilson 0.0624–0.1605 (Newcombe 1998, Table I).
    const result = likertSummary([100, 33, 10, 5]);
    if (!result.ok) throw new Error(result.message);
    expect(result.topBoxShare).toBeCloseTo(15 / 148, 12);
    expect(result.topBoxLower).toBeCloseTo(0.0624, 4);
    expect(result.topBoxUpper).toBeCloseTo(0.1605, 4);
  });

  it.each([
    [[0, 0, 0, 0, 0], 'no_data'],
    [[], 'invalid_input'],
    [[3, 4], 'invalid_input'],
    [[3, -1, 4], 'invalid_input'],
    [[3, 1.5, 4], 'invalid_input'],
  ])('rejects %j with %s', (counts, reason) => {
    expect(likertSummary(counts)).toMatchObject({ ok: false, reason });
  });
});
