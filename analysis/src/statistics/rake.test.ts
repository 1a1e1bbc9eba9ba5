import { describe, expect, it } from 'vitest';
import { rake, type RakeRow } from './rake.ts';

function repeat(count: number, row: RakeRow): RakeRow[] {
  return Array.from({ length: count }, () => row);
}

function weightedTotal(rows: readonly RakeRow[], weights: readonly number[], variable: string, category: string) {
  return rows.reduce((total, row, i) => (String(row[variable]) === category ? total + (weights[i] ?? 0) : total), 0);
}

// Sample 2 × 2: (po, klein) 30, (po, groot) 20, (vo, klein) 10, (vo, groot) 40.
const sample = [
  ...repeat(30, { sector: 'po', size: 'klein' }),
  ...repeat(20, { sector: 'po', size: 'groot' }),
  ...repeat(10, { sector: 'vo', size: 'klein' }),
  ...repeat(40, { sector: 'vo', size: 'groot' }),
];
const margins = { sector: { po: 600, vo: 400 }, size: { klein: 500, groot: 500 } };

describe('rake', () => {
  it('reproduces post-stratification exactly when there is one margin', () => {
    const rows = [...repeat(3, { sector: 'po' }), ...repeat(1, { sector: 'vo' })];
    const result = rake(rows, { sector: { po: 60, vo: 40 } });
    expect(result).toMatchObject({ ok: true, converged: true, iterations: 1, maxDifference: 0 });
    expect(result.ok && result.weights).toEqual([20, 20, 20, 40]);
  });

  it('converges to the closed-form IPF solution of a 2 × 2 table', () => {
    // Raking keeps the sample odds ratio (30·40)/(20·10) = 6 (Deming & Stephan 1940; Bishop, Fienberg &
    // Holland 1975, ch. 3). With margins 600/400 and 500/500 the (po, klein) total x solves
    // x(x − 100) = 6(600 − x)(500 − x), i.e. x² − 1300x + 360000 = 0, so x = 400 and the cells are
    // 400, 200, 100, 300: weights 400/30, 200/20, 100/10 and 300/40.
    const result = rake(sample, margins, { tolerance: 1e-12, maxIterations: 200 });
    if (!result.ok) throw new Error(result.message);
    expect(result.converged).toBe(true);
    expect(result.maxDifference).toBeLessThan(1e-12);
    expect(result.weights[0]).toBeCloseTo(400 / 30, 9);
    expect(result.weights[30]).toBeCloseTo(10, 9);
    expect(result.weights[50]).toBeCloseTo(10, 9);
    expect(result.weights[60]).toBeCloseTo(7.5, 9);
  });

  it('meets every margin of a three-variable design within the tolerance', () => {
    // An unbalanced sample from a fixed linear congruential sequence, so the margins interact.
    const rows: RakeRow[] = [];
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 120; i++) {
      const sector = next() < 0.5 ? 'po' : next() < 0.6 ? 'vo' : 'mbo';
      const size = next() < (sector === 'po' ? 0.7 : 0.3) ? 'klein' : 'groot';
      rows.push({ sector, size, role: next() < (size === 'klein' ? 0.6 : 0.2) ? 'ouder' : 'leerling' });
    }
    const targets = {
      sector: { po: 5000, vo: 3000, mbo: 2000 },
      size: { klein: 6000, groot: 4000 },
      role: { ouder: 7000, leerling: 3000 },
    };
    const result = rake(rows, targets);
    if (!result.ok) throw new Error(result.message);
    expect(result.converged).toBe(true);
    expect(result.iterations).toBeGreaterThan(1);
    for (const [variable, categories] of Object.entries(targets)) {
      for (const [category, total] of Object.entries(categories)) {
        expect(Math.abs(weightedTotal(rows, result.weights, variable, category) - total)).toBeLessThan(1e-6 * 10_000);
      }
    }
    expect(result.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(10_000, 6);
  });

  it('treats a base weight of 2 like two identical respondents', () => {
    const weighted = [
      { sector: 'po', size: 'klein', weight: 2 },
      { sector: 'po', size: 'groot' },
      { sector: 'vo', size: 'klein' },
      { sector: 'vo', size: 'groot' },
    ];
    const duplicated = [{ sector: 'po', size: 'klein' }, { sector: 'po', size: 'klein' }, ...weighted.slice(1)];
    const a = rake(weighted, margins, { tolerance: 1e-12, maxIterations: 500 });
    const b = rake(duplicated, margins, { tolerance: 1e-12, maxIterations: 500 });
    if (!a.ok || !b.ok) throw new Error('expected results');
    expect(a.weights[0]).toBeCloseTo(2 * (b.weights[0] ?? 0), 6);
    expect(a.weights[3]).toBeCloseTo(b.weights[4] ?? 0, 6);
  });

  it('caps weights at trimAt × mean, keeps the total, and reports that the margins are then missed', () => {
    // One 'po' respondent must stand for 50 of 100: untrimmed weight 50, five times the mean of 10.
    const rows = [{ sector: 'po' }, ...repeat(9, { sector: 'vo' })];
    const result = rake(rows, { sector: { po: 50, vo: 50 } }, { trimAt: 3, maxIterations: 5 });
    if (!result.ok) throw new Error(result.message);
    expect(result.weights[0]).toBeCloseTo(30, 9);
    expect(Math.max(...result.weights)).toBeLessThanOrEqual(30 + 1e-9);
    expect(result.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
    expect(result).toMatchObject({ converged: false, iterations: 5 });
    expect(result.maxDifference).toBeCloseTo(0.2, 9);
  });

  it('leaves a solution alone when trimAt does not bind', () => {
    const plain = rake(sample, margins);
    const trimmed = rake(sample, margins, { trimAt: 5 });
    expect(plain.ok && trimmed.ok && trimmed.weights).toEqual(plain.ok && plain.weights);
  });

  it('stops at maxIterations and says it did not converge', () => {
    const result = rake(sample, margins, { maxIterations: 1, tolerance: 1e-12 });
    expect(result).toMatchObject({ ok: true, converged: false, iterations: 1 });
  });

  it.each([
    ['no rows', [], margins, {}, 'no_data'],
    ['no margins', sample, {}, {}, 'invalid_input'],
    ['a category outside the margin', [{ sector: 'hbo', size: 'klein' }], margins, {}, 'invalid_input'],
    ['a missing value', [{ sector: null, size: 'klein' }], margins, {}, 'invalid_input'],
    [
      'margins of different sizes',
      sample,
      { sector: { po: 600, vo: 400 }, size: { klein: 5, groot: 5 } },
      {},
      'invalid_input',
    ],
    ['a negative target', sample, { sector: { po: 1200, vo: -200 } }, {}, 'invalid_input'],
    ['a target nobody can carry', repeat(3, { sector: 'po' }), { sector: { po: 60, vo: 40 } }, {}, 'empty_category'],
    ['a zero base weight', [{ sector: 'po', weight: 0 }], { sector: { po: 1 } }, {}, 'invalid_input'],
    ['trimAt below 1', sample, margins, { trimAt: 0.5 }, 'invalid_input'],
    ['a zero tolerance', sample, margins, { tolerance: 0 }, 'invalid_input'],
  ] as const)('rejects %s', (_label, rows, targets, options, reason) => {
    expect(rake(rows, targets, options)).toMatchObject({ ok: false, reason });
  });
});
