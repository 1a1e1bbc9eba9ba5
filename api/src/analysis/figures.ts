import { twoProportionTest, wilsonInterval } from '@klankbord/analysis/statistics';
import type { Cell } from './disclosure.ts';

// Significance words come from here only: the views and the report say them the same way.

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
  return {
    difference: test.difference,
    pValue: test.pValue,
    ...significanceWords(test.pValue, test.difference > 0 ? labels.higher : labels.lower, 'geen significant verschil'),
  };
}

/** The words for a test's outcome: a difference is only called one when it is significant. */
export function significanceWords(pValue: number, different: string, same: string) {
  const significant = pValue < significanceLevel;
  return { significant, words: significant ? `${different} (significant)` : same };
}
