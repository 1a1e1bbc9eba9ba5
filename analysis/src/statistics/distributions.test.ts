import { describe, expect, it } from 'vitest';
import { chiSquareUpperTail, criticalZ, normalQuantile, normalTwoSidedP } from './distributions.ts';

describe('normalQuantile', () => {
  // Standard normal table values (e.g. Abramowitz & Stegun 1964, Table 26.5).
  it.each([
    [0.5, 0],
    [0.975, 1.959963985],
    [0.95, 1.644853627],
    [0.995, 2.575829304],
    [0.999, 3.090232306],
    [0.025, -1.959963985],
    [1e-10, -6.361340902],
  ])('Φ⁻¹(%f) = %f', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 8);
  });

  it('gives the familiar critical values', () => {
    expect(criticalZ(0.95)).toBeCloseTo(1.959964, 6);
    expect(criticalZ(0.9)).toBeCloseTo(1.644854, 6);
  });
});

describe('chiSquareUpperTail', () => {
  // 5% critical values of χ² (Abramowitz & Stegun 1964, Table 26.8; any statistics textbook table).
  it.each([
    [3.841459, 1],
    [5.991465, 2],
    [9.487729, 4],
    [18.307038, 10],
  ])('P(χ² ≥ %f | df = %i) = 0.05', (x, df) => {
    expect(chiSquareUpperTail(x, df)).toBeCloseTo(0.05, 7);
  });

  it('matches the closed form exp(−x/2) for two degrees of freedom, also far in the tail', () => {
    for (const x of [0.1, 1, 10, 100, 600]) {
      expect(chiSquareUpperTail(x, 2) / Math.exp(-x / 2)).toBeCloseTo(1, 12);
    }
  });

  it('is 1 at zero', () => {
    expect(chiSquareUpperTail(0, 3)).toBe(1);
  });
});

describe('normalTwoSidedP', () => {
  // 2·(1 − Φ(z)) from standard normal tables.
  it.each([
    [1.959963985, 0.05],
    [1, 0.3173105079],
    [3, 0.0026997961],
  ])('z = %f gives p = %f', (z, p) => {
    expect(normalTwoSidedP(z)).toBeCloseTo(p, 9);
  });

  it('keeps relative precision in the far tail (z = 8 → 1.244192e-15)', () => {
    expect(normalTwoSidedP(8) / 1.244192114854e-15).toBeCloseTo(1, 9);
  });
});
