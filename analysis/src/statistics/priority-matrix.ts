// Importance × satisfaction (importance-performance analysis, Martilla & James 1977, "Importance-
// performance analysis", Journal of Marketing 41(1):77–79), with data-centred cut points: the median
// satisfaction and the median importance of the items in the matrix.

export type Quadrant = 'verbeteren' | 'behouden' | 'bewaken' | 'minder_urgent';

export interface MatrixPoint {
  key: string;
  /** Share agreeing (top two points), 0..1. */
  satisfaction: number;
  /** Correlation with the report mark (or an explicit importance score). */
  importance: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Puts each item in a quadrant: important (≥ the median importance) with low satisfaction (< the median)
 * is "verbeteren", important and high "behouden", less important and high "bewaken", else "minder urgent".
 * @example priorityQuadrants([{ key: 'a', satisfaction: 0.5, importance: 0.6 }, { key: 'b', satisfaction: 0.8, importance: 0.2 }])
 * // cuts 0.65 / 0.4; a verbeteren, b bewaken
 */
export function priorityQuadrants(points: readonly MatrixPoint[]): {
  cuts: { satisfaction: number; importance: number } | null;
  items: (MatrixPoint & { quadrant: Quadrant })[];
} {
  if (points.length === 0) return { cuts: null, items: [] };
  const cuts = {
    satisfaction: median(points.map((p) => p.satisfaction)),
    importance: median(points.map((p) => p.importance)),
  };
  return {
    cuts,
    items: points.map((p) => {
      const important = p.importance >= cuts.importance;
      const satisfied = p.satisfaction >= cuts.satisfaction;
      const quadrant: Quadrant = important
        ? satisfied
          ? 'behouden'
          : 'verbeteren'
        : satisfied
          ? 'bewaken'
          : 'minder_urgent';
      return { ...p, quadrant };
    }),
  };
}
