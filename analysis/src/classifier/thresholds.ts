/**
 * Which themes a story gets: every theme at or above its threshold; if none, the theme closest to its
 * threshold when its score is at least `fallbackMinRatio` of it.
 * @example decideThemes([0.9, 0.2], [0.5, 0.5], null) // [0]
 */
export function decideThemes(
  probabilities: readonly number[],
  thresholds: readonly number[],
  fallbackMinRatio: number | null,
): number[] {
  const chosen: number[] = [];
  let best = -1;
  let bestRatio = 0;
  for (const [i, probability] of probabilities.entries()) {
    const threshold = thresholds[i] ?? 0.5;
    if (probability >= threshold) chosen.push(i);
    const ratio = probability / threshold;
    if (ratio > bestRatio) {
      bestRatio = ratio;
      best = i;
    }
  }
  if (chosen.length === 0 && fallbackMinRatio !== null && best >= 0 && bestRatio >= fallbackMinRatio) chosen.push(best);
  return chosen;
}

function f1At(threshold: number, probabilities: readonly number[], labels: readonly boolean[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [i, probability] of probabilities.entries()) {
    const predicted = probability >= threshold;
    if (predicted && labels[i]) tp += 1;
    else if (predicted) fp += 1;
    else if (labels[i]) fn += 1;
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

const GRID = Array.from({ length: 91 }, (_, i) => 0.05 + i * 0.01);

/**
 * The threshold that maximises F1 on out-of-fold probabilities. F1 is averaged over neighbouring
 * thresholds (±0.02) first, so a lucky spike on a few stories does not set it.
 * @example chooseThreshold([0.9, 0.2, 0.7], [true, false, true]) // ≈ 0.5
 */
export function chooseThreshold(probabilities: readonly number[], labels: readonly boolean[]): number {
  const f1s = GRID.map((threshold) => f1At(threshold, probabilities, labels));
  let bestIndex = 0;
  let bestScore = -1;
  for (let i = 0; i < GRID.length; i += 1) {
    const window = f1s.slice(Math.max(0, i - 2), i + 3);
    const smoothed = window.reduce((sum, value) => sum + value, 0) / window.length;
    if (smoothed > bestScore + 1e-9) {
      bestScore = smoothed;
      bestIndex = i;
    }
  }
  return Math.round((GRID[bestIndex] ?? 0.5) * 100) / 100;
}
