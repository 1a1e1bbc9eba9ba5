import type { EvaluationScores } from './evaluate.ts';
import type { RuleSetJson } from './rules.ts';

/** Training settings, stored in the model so a retrain can repeat them. */
export interface TrainingSettings {
  readonly folds: number;
  readonly l2: number;
  readonly iterations: number;
  readonly minDocumentFrequency: number;
  readonly maxVocabulary: number;
  readonly seed: number;
}

/** One theme's one-vs-rest logistic regression and its decision threshold. */
export interface ThemeWeightsJson {
  readonly code: string;
  /** Probability at or above which the theme is suggested; chosen by cross-validation on training data. */
  readonly threshold: number;
  readonly bias: number;
  /**
   * Weights of every theme's rule feature (distinct rule hits, capped, scaled to 0..1), in theme
   * order; the theme's own entry is its rule bonus.
   */
  readonly ruleWeights: number[];
  /** One weight per vocabulary term, same order as `vocabulary`. */
  readonly weights: number[];
}

/** The trained model as stored in analysis/data/classifier/model.json. */
export interface ThemeModelJson {
  readonly format: 'klankbord-theme-classifier';
  readonly formatVersion: 1;
  readonly codebookVersion: string;
  readonly trainedAt: string;
  readonly trainingSize: number;
  readonly stemmer: string;
  readonly settings: TrainingSettings;
  /** Out-of-fold scores on the training data, which chose the thresholds and fallback. */
  readonly crossValidation: EvaluationScores;
  /** Scores on stories the model never saw, filled in by the training script; null until then. */
  heldOutScores: EvaluationScores | null;
  /**
   * When no theme reaches its threshold, suggest the best one if its score is at least this share of
   * its threshold (null: never). Almost every story has a theme, so this recovers quiet ones.
   */
  readonly fallbackMinRatio: number | null;
  readonly vocabulary: string[];
  readonly idf: number[];
  readonly themes: ThemeWeightsJson[];
  /** The rules the model was trained with; editing rules.json takes effect after retraining. */
  readonly rules: RuleSetJson;
}

export const MODEL_FORMAT = 'klankbord-theme-classifier';

/**
 * Rounds for storage: four decimals keep predictions stable and the file small.
 * @example roundTo(0.123456, 4) // 0.1235
 */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
