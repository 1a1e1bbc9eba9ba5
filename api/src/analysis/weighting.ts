import { rake, weightedShareOfGroups } from '@klankbord/analysis/statistics';

/** Respondents (n) and those with the answer of interest (x) in one sector × size band cell. */
export interface WeightCell {
  sector: string | null;
  band: string | null;
  n: number;
  x: number;
}

export type CellWeights =
  | { ok: true; weightOf: (sector: string, band: string) => number; unweightedRespondents: number }
  | { ok: false; reason: 'margins_unknown' | 'no_data' | 'empty_category'; message: string };

/** Pupils per sector and size band of the schools in view; band null: n schools without a pupil count. */
export interface PopulationCell {
  sector: string | null;
  band: string | null;
  n: number;
}

const key = (sector: string, band: string) => `${sector}|${band}`;

/**
 * Rakes the respondents to the pupil margins of the schools in view, per cell rather than per
 * respondent (every respondent in a cell gets the same weight), so only a count table is needed.
 */
export function rakeCells(cells: readonly WeightCell[], population: readonly PopulationCell[]): CellWeights {
  if (population.length === 0 || population.some((p) => p.band === null || p.sector === null))
    return { ok: false, reason: 'margins_unknown', message: 'Niet van elke school is het aantal leerlingen bekend.' };
  const bySector: Record<string, number> = {};
  const byBand: Record<string, number> = {};
  for (const p of population) {
    bySector[p.sector!] = (bySector[p.sector!] ?? 0) + p.n;
    byBand[p.band!] = (byBand[p.band!] ?? 0) + p.n;
  }
  const known = cells.filter((c) => c.sector !== null && c.band !== null && c.n > 0);
  const merged = new Map<string, { sector: string; band: string; weight: number }>();
  for (const c of known) {
    const k = key(c.sector!, c.band!);
    const cell = merged.get(k) ?? { sector: c.sector!, band: c.band!, weight: 0 };
    cell.weight += c.n;
    merged.set(k, cell);
  }
  const rows = [...merged.values()];
  if (rows.length === 0) return { ok: false, reason: 'no_data', message: 'Geen reacties met een bekende school.' };
  const raking = rake(rows, { sector: bySector, band: byBand }, { trimAt: 5 });
  if (!raking.ok)
    return {
      ok: false,
      reason: raking.reason === 'empty_category' ? 'empty_category' : 'no_data',
      message: raking.message,
    };
  const perRespondent = new Map(rows.map((r, i) => [key(r.sector, r.band), (raking.weights[i] ?? 0) / r.weight]));
  return {
    ok: true,
    weightOf: (sector, band) => perRespondent.get(key(sector, band)) ?? 0,
    unweightedRespondents: cells.filter((c) => c.sector === null || c.band === null).reduce((a, c) => a + c.n, 0),
  };
}

export interface WeightedFigure {
  p: number;
  lower: number;
  upper: number;
  effectiveN: number;
}

/** The weighted share x/n over the cells, with a Wilson interval on Kish's effective n (no per-respondent expansion). */
export function weightedCellShare(cells: readonly WeightCell[], weights: CellWeights): WeightedFigure | null {
  if (!weights.ok) return null;
  const groups = cells.flatMap((c) =>
    c.sector === null || c.band === null ? [] : [{ n: c.n, yes: c.x, weight: weights.weightOf(c.sector, c.band) }],
  );
  const share = weightedShareOfGroups(groups);
  return share.ok ? { p: share.p, lower: share.lower, upper: share.upper, effectiveN: share.effectiveN } : null;
}
