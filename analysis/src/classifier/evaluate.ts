/** Agreement of machine and human coding for one theme. */
export interface ThemeScores {
  readonly code: string;
  /** Stories the humans gave this theme. */
  readonly support: number;
  /** Stories the model gave this theme. */
  readonly predicted: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Cohen's kappa of the two yes/no codings; null when both coders never vary (kappa undefined). */
  readonly kappa: number | null;
}

export interface EvaluationScores {
  readonly stories: number;
  readonly themes: ThemeScores[];
  readonly macroF1: number;
  /** Mean of the defined per-theme kappas. */
  readonly meanKappa: number;
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

interface ThemeTally {
  readonly scores: ThemeScores;
  /** Unrounded, for averaging. */
  readonly f1: number;
  readonly kappa: number | null;
}

function tallyTheme(
  code: string,
  truth: readonly ReadonlySet<string>[],
  predicted: readonly ReadonlySet<string>[],
): ThemeTally {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const [i, human] of truth.entries()) {
    const yes = human.has(code);
    const machine = predicted[i]?.has(code) ?? false;
    if (yes && machine) tp += 1;
    else if (machine) fp += 1;
    else if (yes) fn += 1;
    else tn += 1;
  }
  const n = tp + fp + fn + tn;
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  // Cohen (1960): kappa = (po − pe) / (1 − pe) for the 2×2 table of the two codings.
  const observed = n === 0 ? 0 : (tp + tn) / n;
  const expected = n === 0 ? 1 : ((tp + fp) * (tp + fn) + (fn + tn) * (fp + tn)) / (n * n);
  const kappa = expected >= 1 ? null : (observed - expected) / (1 - expected);
  const scores: ThemeScores = {
    code,
    support: tp + fn,
    predicted: tp + fp,
    precision: round3(precision),
    recall: round3(recall),
    f1: round3(f1),
    kappa: kappa === null ? null : round3(kappa),
  };
  return { scores, f1, kappa };
}

/**
 * Per-theme precision, recall, F1 and Cohen's kappa of machine against human coding, with macro-F1.
 * @example scoreCodings([['VEI']], [['VEI']], ['VEI']).macroF1 // 1
 */
export function scoreCodings(
  truth: readonly (readonly string[])[],
  predicted: readonly (readonly string[])[],
  themes: readonly string[],
): EvaluationScores {
  const truthSets = truth.map((codes) => new Set(codes));
  const predictedSets = predicted.map((codes) => new Set(codes));
  const tallies = themes.map((code) => tallyTheme(code, truthSets, predictedSets));
  const kappas = tallies.flatMap((tally) => (tally.kappa === null ? [] : [tally.kappa]));
  const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);
  return {
    stories: truth.length,
    themes: tallies.map((tally) => tally.scores),
    // Averages of the unrounded per-theme figures, rounded once.
    macroF1: round3(mean(tallies.map((tally) => tally.f1))),
    meanKappa: round3(mean(kappas)),
  };
}

/**
 * The scores as a Markdown table, one row per theme plus macro-F1 and mean kappa.
 * @example formatScoresTable(scores) // '| theme | n | P | R | F1 | kappa |\n…'
 */
export function formatScoresTable(scores: EvaluationScores): string {
  const cell = (value: number | null) => (value === null ? '–' : value.toFixed(3));
  const lines = [
    '| theme | support | predicted | precision | recall | F1 | kappa |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...scores.themes.map(
      (t) =>
        `| ${t.code} | ${t.support} | ${t.predicted} | ${cell(t.precision)} | ${cell(t.recall)} | ${cell(t.f1)} | ${cell(t.kappa)} |`,
    ),
    `| **macro** | ${scores.stories} stories | | | | **${cell(scores.macroF1)}** | **${cell(scores.meanKappa)}** |`,
  ];
  return lines.join('\n');
}
