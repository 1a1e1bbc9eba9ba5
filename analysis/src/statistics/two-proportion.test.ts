import { describe, expect, it } from 'vitest';
import { twoProportionTest } from './two-proportion.ts';

describe('twoProportionTest', () => {
  // Newcombe RG (1998), "Interval estimation for the difference between independent proportions:
  // comparison of eleven methods", Stat Med 17:873–890, Table II, method 1 (Wald, no correction).
  it('gives the Wald interval 0.0575 to 0.3425 for 56/70 − 48/80 (Newcombe 1998, example a)', () => {
    const result = twoProportionTest(56, 70, 48, 80);
    if (!result.ok) throw new Error(result.message);
    expect(result.difference).toBeCloseTo(0.2, 12);
    expect(result.lower).toBeCloseTo(0.0575, 4);
    expect(result.upper).toBeCloseTo(0.3425, 4);
    // Pooled z; its square is R's prop.test(c(56, 48), c(70, 80), correct = FALSE) X² = 7.0234.
    expect(result.z).toBeCloseTo(2.65017, 5);
    expect(result.pValue).toBeCloseTo(0.0080451, 6);
  });

  it('gives the Wald interval 0.2605 to 0.9395 for 9/10 − 3/10 (Newcombe 1998, example b)', () => {
    const result = twoProportionTest(9, 10, 3, 10);
    if (!result.ok) throw new Error(result.message);
    expect(result.lower).toBeCloseTo(0.2605, 4);
    expect(result.upper).toBeCloseTo(0.9395, 4);
    expect(result.z).toBeCloseTo(2.73861, 5);
  });

  it('is symmetric: swapping the groups flips the sign only', () => {
    const forward = twoProportionTest(56, 70, 48, 80);
    const backward = twoProportionTest(48, 80, 56, 70);
    if (!forward.ok || !backward.ok) throw new Error('expected results');
    expect(backward.z).toBeCloseTo(-forward.z, 12);
    expect(backward.pValue).toBeCloseTo(forward.pValue, 12);
    expect(backward.lower).toBeCloseTo(-forward.upper, 12);
  });

  it('clips the interval to [−1, 1]', () => {
    const result = twoProportionTest(10, 10, 0, 3);
    if (!result.ok) throw new Error(result.message);
    expect(result.upper).toBe(1);
  });

  it.each([
    [[0, 0, 3, 10], 'no_data'],
    [[0, 10, 0, 12], 'no_variation'],
    [[10, 10, 12, 12], 'no_variation'],
    [[11, 10, 3, 10], 'invalid_input'],
    [[1.5, 10, 3, 10], 'invalid_input'],
    [[-1, 10, 3, 10], 'invalid_input'],
  ] as const)('rejects %j with %s', ([x1, n1, x2, n2], reason) => {
    expect(twoProportionTest(x1, n1, x2, n2)).toMatchObject({ ok: false, reason });
  });
});
