// The attacker's linear algebra: a hidden group can be computed from published totals exactly when
// its indicator (which cells it holds) is a linear combination of the published groups' indicators.
// Solved by Gaussian elimination modulo a prime: exact integers, no rounding; a combination that
// exists over the rationals exists modulo p too, so nothing derivable is missed.

const prime = 1_000_003;

const mod = (a: number) => ((a % prime) + prime) % prime;

function inverse(a: number): number {
  let [t, newT, r, newR] = [0, 1, prime, mod(a)];
  while (newR !== 0) {
    const q = Math.floor(r / newR);
    [t, newT] = [newT, t - q * newT];
    [r, newR] = [newR, r - q * newR];
  }
  return mod(t);
}

/** A basis in echelon form, each row reduced so that its pivot is 1. */
class Span {
  private readonly rows: { pivot: number; values: number[] }[] = [];
  constructor(private readonly size: number) {}

  /** The remainder of `vector` after removing every basis direction (all zero: it lies in the span). */
  reduce(vector: readonly number[]): number[] {
    const v = vector.map(mod);
    for (const row of this.rows) {
      const factor = v[row.pivot] ?? 0;
      if (factor === 0) continue;
      for (let j = 0; j < this.size; j++) v[j] = mod((v[j] ?? 0) - factor * (row.values[j] ?? 0));
    }
    return v;
  }

  add(vector: readonly number[]): void {
    const v = this.reduce(vector);
    const pivot = v.findIndex((x) => x !== 0);
    if (pivot < 0) return;
    const scale = inverse(v[pivot] ?? 1);
    this.rows.push({ pivot, values: v.map((x) => mod(x * scale)) });
  }

  contains(vector: readonly number[]): boolean {
    return this.reduce(vector).every((x) => x === 0);
  }
}

/**
 * Which of `targets` (sets of cell indices) can be computed from the published sets by adding and subtracting them.
 * @example
 * derivableSets(3, [[0, 1, 2], [1], [2]], [[0], [1, 2]]); // [[0], [1, 2]]: total − the two shown cells
 */
export function derivableSets(
  cells: number,
  published: readonly (readonly number[])[],
  targets: readonly (readonly number[])[],
): (readonly number[])[] {
  const indicator = (set: readonly number[]) => {
    const v = new Array<number>(cells).fill(0);
    for (const i of set) v[i] = 1;
    return v;
  };
  const span = new Span(cells);
  for (const set of published) span.add(indicator(set));
  return targets.filter((set) => set.length > 0 && span.contains(indicator(set)));
}
