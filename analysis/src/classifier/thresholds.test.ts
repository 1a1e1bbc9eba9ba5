import { describe, expect, it } from 'vitest';
import { chooseThreshold, decideThemes } from './thresholds.ts';

describe('decideThemes', () => {
  it('keeps every theme at or above its own threshold', () => {
    expect(decideThemes([0.9, 0.3, 0.35], [0.5, 0.3, 0.4], null)).toEqual([0, 1]);
  });

  it('falls back to the theme closest to its threshold only when allowed and close enough', () => {
    expect(decideThemes([0.2, 0.35], [0.5, 0.4], null)).toEqual([]);
    expect(decideThemes([0.2, 0.35], [0.5, 0.4], 0.8)).toEqual([1]);
    expect(decideThemes([0.2, 0.1], [0.5, 0.4], 0.8)).toEqual([]);
  });
});

describe('chooseThreshold', () => {
  it('separates clearly separated scores', () => {
    const threshold = chooseThreshold([0.9, 0.8, 0.85, 0.1, 0.2, 0.15], [true, true, true, false, false, false]);
    expect(threshold).toBeGreaterThan(0.2);
    expect(threshold).toBeLessThanOrEqual(0.8);
  });
});
