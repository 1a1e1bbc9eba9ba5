import { describe, expect, it } from 'vitest';
import { formatScoresTable, scoreCodings } from './evaluate.ts';

// Expands a 2×2 table of two coders' yes/no codes into per-story theme lists.
function codings(bothYes: number, onlyA: number, onlyB: number, bothNo: number) {
  const a: string[][] = [];
  const b: string[][] = [];
  const add = (count: number, inA: boolean, inB: boolean) => {
    for (let i = 0; i < count; i += 1) {
      a.push(inA ? ['X'] : []);
      b.push(inB ? ['X'] : []);
    }
  };
  add(bothYes, true, true);
  add(onlyA, true, false);
  add(onlyB, false, true);
  add(bothNo, false, false);
  return { a, b };
}

describe('scoreCodings', () => {
  it("gives Cohen's kappa 0.4 for the 20/5/10/15 table of Wikipedia's worked example", () => {
    // en.wikipedia.org/wiki/Cohen's_kappa, "Simple example": po = 0.7, pe = 0.5, kappa = 0.4.
    const { a, b } = codings(20, 5, 10, 15);
    expect(scoreCodings(a, b, ['X']).themes[0]?.kappa).toBeCloseTo(0.4, 3);
  });

  it('computes precision, recall and F1 of the machine against the human codes', () => {
    const human = [['VEI'], ['VEI'], ['COM'], []];
    const machine = [['VEI'], ['COM'], ['COM'], ['VEI']];
    const scores = scoreCodings(human, machine, ['VEI', 'COM']);
    expect(scores.themes[0]).toMatchObject({ code: 'VEI', precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(scores.themes[1]).toMatchObject({ code: 'COM', precision: 0.5, recall: 1, f1: 0.667 });
    expect(scores.macroF1).toBeCloseTo(0.583, 3);
  });

  it('leaves kappa undefined when neither coder ever uses the theme', () => {
    expect(scoreCodings([[], []], [[], []], ['ROL']).themes[0]?.kappa).toBeNull();
  });

  it('prints a Markdown table with a macro row', () => {
    const table = formatScoresTable(scoreCodings([['VEI']], [['VEI']], ['VEI']));
    expect(table).toContain('| VEI | 1 | 1 | 1.000 | 1.000 | 1.000 |');
    expect(table).toContain('**macro**');
  });
});
