import { compileRules, type CompiledRules, type RuleSetJson } from './rules.ts';
import { fromTerms, type Vocabulary } from './tfidf.ts';
import { MODEL_FORMAT, type ThemeModelJson } from './theme-model.ts';

/** A theme's weights, ready for scoring. */
export interface LoadedTheme {
  readonly code: string;
  readonly threshold: number;
  readonly bias: number;
  /** Weights of every theme's rule feature, in the order of `ThemeClassifier.themes`. */
  readonly ruleWeights: Float64Array;
  readonly weights: Float64Array;
}

/** A model ready for classifyStory. */
export interface ThemeClassifier {
  readonly codebookVersion: string;
  readonly vocabulary: Vocabulary;
  readonly rules: CompiledRules;
  readonly themes: readonly LoadedTheme[];
  readonly fallbackMinRatio: number | null;
  /** The stored model, for its metadata (trainedAt, heldOutScores…). */
  readonly model: ThemeModelJson;
}

export type LoadModelResult =
  | { readonly ok: true; readonly classifier: ThemeClassifier }
  | { readonly ok: false; readonly reason: 'codebook_mismatch' | 'invalid_model'; readonly message: string };

function invalid(message: string): LoadModelResult {
  return { ok: false, reason: 'invalid_model', message: `Not a usable theme model: ${message}.` };
}

const isNumberArray = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'number' && Number.isFinite(item));

/**
 * Checks a parsed model.json and readies it for classification; refuses a model trained for another
 * codebook version, since its theme codes may mean something else.
 * @example loadModel(JSON.parse(text), '2026.1') // { ok: true, classifier } or { ok: false, reason: 'codebook_mismatch', … }
 */
export function loadModel(json: unknown, codebookVersion: string): LoadModelResult {
  if (typeof json !== 'object' || json === null) return invalid('expected a JSON object');
  const model = json as Partial<ThemeModelJson>;
  if (model.format !== MODEL_FORMAT || model.formatVersion !== 1)
    return invalid(`expected format "${MODEL_FORMAT}" version 1`);
  if (typeof model.codebookVersion !== 'string') return invalid('codebookVersion is missing');
  if (model.codebookVersion !== codebookVersion) {
    return {
      ok: false,
      reason: 'codebook_mismatch',
      message:
        `The theme model was trained for codebook version ${model.codebookVersion}, but the codebook in use is version ` +
        `${codebookVersion}. Retrain it against codebook ${codebookVersion} (pnpm exec tsx analysis/bench/classify-train.ts).`,
    };
  }
  const { vocabulary, idf, themes, rules } = model;
  if (!Array.isArray(vocabulary) || !vocabulary.every((term) => typeof term === 'string'))
    return invalid('vocabulary must be a list of terms');
  if (!isNumberArray(idf) || idf.length !== vocabulary.length)
    return invalid('idf must have one number per vocabulary term');
  if (!Array.isArray(themes) || themes.length === 0) return invalid('themes are missing');
  if (typeof rules !== 'object' || rules === null || typeof (rules as RuleSetJson).themes !== 'object')
    return invalid('rules are missing');
  const loaded: LoadedTheme[] = [];
  for (const theme of themes) {
    const { code, threshold, bias, ruleWeights, weights } = theme;
    if (typeof code !== 'string' || !isNumberArray([threshold, bias]))
      return invalid(`theme ${String(code)} lacks a threshold or bias`);
    if (!isNumberArray(ruleWeights) || ruleWeights.length !== themes.length)
      return invalid(`theme ${code} needs one rule weight per theme`);
    if (!isNumberArray(weights) || weights.length !== vocabulary.length)
      return invalid(`theme ${code} needs one weight per vocabulary term`);
    loaded.push({
      code,
      threshold,
      bias,
      ruleWeights: Float64Array.from(ruleWeights),
      weights: Float64Array.from(weights),
    });
  }
  const ratio = model.fallbackMinRatio;
  return {
    ok: true,
    classifier: {
      codebookVersion,
      vocabulary: fromTerms(vocabulary, idf),
      rules: compileRules(rules),
      themes: loaded,
      fallbackMinRatio: typeof ratio === 'number' ? ratio : null,
      model: model as ThemeModelJson,
    },
  };
}
