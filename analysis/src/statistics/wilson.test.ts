import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './wilson.ts';

describe('wilsonInterval', () => {
  // Newcombe RG (1998), "Two-sided confidence intervals for the single proportion: comparison of
  // seven methods", Stat Med 17:857–872, Table I, method 3 (score interval without continuity correction).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
    [29, 29, 0.883, 1],
  ])('%i/%i gives %f to %f (Newcombe 1998, Table I)', (x, n, lower, upper) => {
    const result = wilsonInterval(x, n);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.p).toBeCloseTo(x / n, 12);
    expect(result.lower).toBeCloseTo(lower, 4);
    expect(result.upper).toBeCloseTo(upper, 4);
  });

  it('keeps the bounds exactly at 0 and 1 when nobody or everybody says yes', () => {
    const none = wilsonInterval(0, 20);
    const all = wilsonInterval(29, 29);
    expect(none.ok && none.lower).toBe(0);
    expect(all.ok && all.upper).toBe(1);
  });

  it('widens with the confidence level', () => {
    const at95 = wilsonInterval(81, 263);
    const at99 = wilsonInterval(81, 263, 0.99);
    if (!at95.ok || !at99.ok) throw new Error('expected results');
    expect(at99.lower).toBeLessThan(at95.lower);
    expect(at99.upper).toBeGreaterThan(at95.upper);
  });

  it.each([
    [0, 0, 0.95, 'no_data'],
    [3, 2, 0.95, 'invalid_input'],
    [-1, 10, 0.95, 'invalid_input'],
    [1.5, 10, 0.95, 'invalid_input'],
    [Number.NaN, 10, 0.95, 'invalid_input'],
    [1, 10, 1, 'invalid_input'],
  ])('rejects %s of %s at %s with %s', (x, n, confidence, reason) => {
    const result = wilsonInterval(x, n, confidence);
    expect(result).toMatchObject({ ok: false, reason });
    expect(result.ok || result.message.length > 0).toBe(true);
  });
});
