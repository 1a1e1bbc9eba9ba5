import { fail, type Result, succeed } from './result.ts';

/** Sums over the respondents who answered both items: what a database can add up per group. */
export interface PairSums {
  n: number;
  sx: number;
  sy: number;
  sxx: number;
  syy: number;
  sxy: number;
}

export const emptySums = (): PairSums => ({ n: 0, sx: 0, sy: 0, sxx: 0, syy: 0, sxy: 0 });

export function addSums(a: PairSums, b: PairSums): PairSums {
  return { n: a.n + b.n, sx: a.sx + b.sx, sy: a.sy + b.sy, sxx: a.sxx + b.sxx, syy: a.syy + b.syy, sxy: a.sxy + b.sxy };
}

/**
 * Pearson's r from pair sums: (nΣxy − ΣxΣy) / √((nΣx² − (Σx)²)(nΣy² − (Σy)²)).
 * @example pearsonFromSums({ n: 3, sx: 6, sy: 6, sxx: 14, syy: 14, sxy: 14 }) // r = 1
 */
export function pearsonFromSums(s: PairSums): Result<{ r: number; n: number }> {
  if (s.n < 3) return fail('no_data', 'A correlation needs at least three respondents who answered both.');
  const vx = s.n * s.sxx - s.sx * s.sx;
  const vy = s.n * s.syy - s.sy * s.sy;
  if (vx <= 0 || vy <= 0) return fail('no_variation', 'Everyone gave the same answer to one of the two items.');
  const r = (s.n * s.sxy - s.sx * s.sy) / Math.sqrt(vx * vy);
  return succeed({ r: Math.max(-1, Math.min(1, r)), n: s.n });
}
