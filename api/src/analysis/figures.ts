import { twoProportionTest, wilsonInterval } from '@klankbord/analysis/statistics';
import type { Cell } from './disclosure.ts';

export const significanceLevel = 0.05;

export interface Share {
  p: number;
  lower: number;
  upper: number;
}

/** The share count/n with its Wilson interval, only when both are published (unmarked). */
export function publishedShare(count: Cell, n: Cell): Share | null {
  if (count.suppressed !== false || n.suppressed !== false || count.value === null || n.value === null) return null;
  const interval = wilsonInterval(count.value, n.value);
  return interval.ok ? { p: interval.p, lower: interval.lower, upper: interval.upper } : null;
}

export interface Comparison {
  difference: number;
  pValue: number;
  significant: boolean;
  /** In words, for the screen: a difference is only called one when it is significant. */
  words: string;
}

/** A group's share against a reference (the rest of the organisation, or the previous wave). */
export function compareShares(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  labels: { higher: string; lower: string },
): Comparison | null {
  const test = twoProportionTest(x1, n1, x2, n2);
  if (!test.ok) return null;
  const significant = test.pValue < significanceLevel;
  return {
    difference: test.difference,
    pValue: test.pValue,
    significant,
    words: significant
      ? `${test.difference > 0 ? labels.higher : labels.lower} (significant)`
      : 'geen significant verschil',
  };
}
