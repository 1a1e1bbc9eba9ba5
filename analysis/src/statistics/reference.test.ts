import { describe, expect, it } from 'vitest';
import { distributionOf, oneSampleTTest, percentileRank, studentTwoSidedP } from './reference.ts';

describe('a school against the reference', () => {
  it("gives Student's two-sided p as the t table does", () => {
    // t = 2.228 on 10 df is the 5% critical value; 2.0 on 10 df gives 0.0734 (scipy: 0.07338803).
    expect(studentTwoSidedP(2.228, 10)).toBeCloseTo(0.05, 4);
    expect(studentTwoSidedP(2.0, 10)).toBeCloseTo(0.07338803, 7);
    expect(studentTwoSidedP(-2.0, 10)).toBeCloseTo(0.07338803, 7);
    expect(studentTwoSidedP(0, 7)).toBe(1);
  });

  it('tests a sample from its count, sum and sum of squares against a mean', () => {
    // 1..6 against 2: mean 3.5, s = 1.8708, t = 1.5 / (1.8708 / √6) = 1.96396, p = 0.10675 (scipy ttest_1samp).
    const test = oneSampleTTest(6, 21, 91, 2);
    expect(test).toMatchObject({ ok: true, mean: 3.5, df: 5 });
    if (!test.ok) return;
    expect(test.t).toBeCloseTo(1.9639610121, 9);
    expect(test.p).toBeCloseTo(0.1067455224, 8);
  });

  it('says why a t-test cannot be done', () => {
    expect(oneSampleTTest(1, 4, 16, 3)).toMatchObject({ ok: false, reason: 'no_data' });
    expect(oneSampleTTest(3, 12, 48, 3)).toMatchObject({ ok: false, reason: 'no_variation' });
    expect(oneSampleTTest(-1, 0, 0, 3)).toMatchObject({ ok: false, reason: 'invalid_input' });
  });

  it('places a figure among the schools by mid-rank', () => {
    const schools = [3, 3.5, 4, 4, 4.5];
    expect(percentileRank(schools, 4)).toBe(60); // 2 below, 2 equal: (2 + 2 / 2) / 5
    expect(percentileRank(schools, 2)).toBe(0);
    expect(percentileRank(schools, 5)).toBe(100);
    expect(percentileRank(schools, 3)).toBe(10);
  });

  it('describes the distribution with its mean and quantiles', () => {
    const d = distributionOf([5, 1, 4, 2, 3]);
    expect(d).toMatchObject({ schools: 5, mean: 3, median: 3, p25: 2, p75: 4 });
  });
});
