import { DUTCH_STEMMER_ID } from '../text/index.ts';
import { scoreCodings } from './evaluate.ts';
import { fitLogistic, predictLogistic, type LogisticFit } from './logistic-regression.ts';
import { compileRules, type RuleSetJson } from './rules.ts';
import { extractStoryFeatures, ruleRow, type StoryFeatures } from './story-features.ts';
import { buildVocabulary, tfidfVector, type SparseVector, type Vocabulary } from './tfidf.ts';
import { MODEL_FORMAT, roundTo, type ThemeModelJson, type TrainingSettings } from './theme-model.ts';
import { chooseThreshold, decideThemes } from './thresholds.ts';

/** A human-coded story. */
export interface TrainingExample {
  readonly text: string;
  readonly themes: readonly string[];
}

export interface TrainOptions extends Partial<TrainingSettings> {
  readonly codebookVersion: string;
  /** Theme codes of the codebook, in codebook order. */
  readonly themes: readonly string[];
  readonly rules: RuleSetJson;
  /** ISO time recorded in the model; passed in so training stays a pure function. */
  readonly trainedAt: string;
}

export type TrainResult =
  | { readonly ok: true; readonly model: ThemeModelJson }
  | { readonly ok: false; readonly reason: 'too_few' | 'unknown_theme'; readonly message: string };

export const DEFAULT_TRAINING_SETTINGS: TrainingSettings = {
  folds: 5,
  l2: 0.002,
  iterations: 400,
  minDocumentFrequency: 2,
  maxVocabulary: 20_000,
  seed: 20_260_101,
};

const FALLBACK_RATIOS = [null, 0.8, 0.6, 0.4] as const;

interface Fitted {
  readonly vocabulary: Vocabulary;
  readonly fits: LogisticFit[];
}

// Small deterministic PRNG (mulberry32), so the same data and seed give the same folds.
function shuffled(count: number, seed: number): number[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  return order;
}

function fitThemes(
  stories: readonly StoryFeatures[],
  labels: readonly (readonly string[])[],
  themes: readonly string[],
  settings: TrainingSettings,
): Fitted {
  const vocabulary = buildVocabulary(
    stories.map((story) => story.termCounts),
    settings.minDocumentFrequency,
    settings.maxVocabulary,
  );
  const rows = stories.map((story) => tfidfVector(story.termCounts, vocabulary));
  const ruleRows = stories.map((story) => ruleRow(story, themes));
  const fits = themes.map((theme) => {
    const yes = labels.map((codes) => codes.includes(theme));
    const positives = yes.filter(Boolean).length;
    // Square root of the class ratio: enough to stop a rare theme being ignored, not so much it floods.
    const positiveWeight = Math.sqrt(Math.max(1, (yes.length - positives) / Math.max(1, positives)));
    return fitLogistic(rows, ruleRows, yes, vocabulary.terms.length, {
      l2: settings.l2,
      iterations: settings.iterations,
      positiveWeight,
    });
  });
  return { vocabulary, fits };
}

function probabilities(fitted: Fitted, story: StoryFeatures, themes: readonly string[]): number[] {
  const row: SparseVector = tfidfVector(story.termCounts, fitted.vocabulary);
  const rules = ruleRow(story, themes);
  return fitted.fits.map((fit) => predictLogistic(fit, row, rules));
}

/**
 * Trains the theme classifier: one-vs-rest logistic regression on TF-IDF uni+bigrams plus a learned
 * weight per theme for its codebook rule hits. Thresholds and the fallback are chosen on out-of-fold
 * predictions of a k-fold cross-validation inside the training examples only.
 * @example trainModel(trainSplit, { codebookVersion: '2026.1', themes, rules, trainedAt: new Date().toISOString() })
 */
export function trainModel(examples: readonly TrainingExample[], options: TrainOptions): TrainResult {
  const settings: TrainingSettings = { ...DEFAULT_TRAINING_SETTINGS, ...pickSettings(options) };
  const known = new Set(options.themes);
  const unknown = [...new Set(examples.flatMap((example) => example.themes))].filter((code) => !known.has(code));
  if (unknown.length > 0) {
    return {
      ok: false,
      reason: 'unknown_theme',
      message: `Examples use theme codes not in codebook ${options.codebookVersion}: ${unknown.join(', ')}.`,
    };
  }
  if (examples.length < settings.folds * 2) {
    return {
      ok: false,
      reason: 'too_few',
      message: `Training needs at least ${settings.folds * 2} examples for ${settings.folds}-fold cross-validation; got ${examples.length}.`,
    };
  }
  const rules = compileRules(options.rules);
  const stories = examples.map((example) => extractStoryFeatures(example.text, rules));
  const labels = examples.map((example) => example.themes);
  const themes = options.themes;

  const outOfFold: number[][] = examples.map(() => []);
  const fold = new Map(
    shuffled(examples.length, settings.seed).map((exampleIndex, position) => [exampleIndex, position % settings.folds]),
  );
  for (let k = 0; k < settings.folds; k += 1) {
    const inTrain = examples.map((_, i) => fold.get(i) !== k);
    const fitted = fitThemes(
      stories.filter((_, i) => inTrain[i]),
      labels.filter((_, i) => inTrain[i]),
      themes,
      settings,
    );
    for (const [i, story] of stories.entries()) if (!inTrain[i]) outOfFold[i] = probabilities(fitted, story, themes);
  }
  const thresholds = themes.map((theme, t) =>
    chooseThreshold(
      outOfFold.map((p) => p[t] ?? 0),
      labels.map((codes) => codes.includes(theme)),
    ),
  );
  const decide = (ratio: number | null) =>
    outOfFold.map((p) => decideThemes(p, thresholds, ratio).map((t) => themes[t] ?? ''));
  const candidates = FALLBACK_RATIOS.map((ratio) => ({ ratio, scores: scoreCodings(labels, decide(ratio), themes) }));
  const best = candidates.reduce((a, b) => (b.scores.macroF1 > a.scores.macroF1 ? b : a));

  const final = fitThemes(stories, labels, themes, settings);
  return {
    ok: true,
    model: {
      format: MODEL_FORMAT,
      formatVersion: 1,
      codebookVersion: options.codebookVersion,
      trainedAt: options.trainedAt,
      trainingSize: examples.length,
      stemmer: DUTCH_STEMMER_ID,
      settings,
      crossValidation: best.scores,
      heldOutScores: null,
      fallbackMinRatio: best.ratio,
      vocabulary: final.vocabulary.terms,
      idf: final.vocabulary.idf.map((value) => roundTo(value, 4)),
      themes: themes.map((code, t) => {
        const fit = final.fits[t];
        return {
          code,
          threshold: thresholds[t] ?? 0.5,
          bias: roundTo(fit?.bias ?? 0, 4),
          ruleWeights: Array.from(fit?.ruleWeights ?? [], (weight) => roundTo(weight, 4)),
          weights: Array.from(fit?.weights ?? [], (weight) => roundTo(weight, 4)),
        };
      }),
      rules: options.rules,
    },
  };
}

function pickSettings(options: TrainOptions): Partial<TrainingSettings> {
  const picked: Partial<Record<keyof TrainingSettings, number>> = {};
  for (const key of Object.keys(DEFAULT_TRAINING_SETTINGS) as (keyof TrainingSettings)[]) {
    const value = options[key];
    if (typeof value === 'number') picked[key] = value;
  }
  return picked;
}
