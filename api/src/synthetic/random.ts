import { seededRandom } from '@klankbord/analysis/clustering';

/** Seeded random helpers on mulberry32: the same seed gives the same synthetic data on every machine. */
export function createRandom(seed: number) {
  const next = seededRandom(seed);
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const weighted = <T>(items: readonly T[], weights: readonly number[]): T => {
    const total = weights.reduce((sum, w) => sum + w, 0);
    let r = next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= weights[i] ?? 0;
      if (r < 0) return items[i] as T;
    }
    return items[items.length - 1] as T;
  };
  // Standard normal by Box–Muller, for skewed sizes (log-normal school sizes).
  const normal = (): number => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return { next, int, pick, weighted, normal, chance: (p: number) => next() < p };
}

export type Random = ReturnType<typeof createRandom>;
