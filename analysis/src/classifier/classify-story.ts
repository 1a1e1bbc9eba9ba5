import { checkDutchLanguage, stemDutch, type AnalysedToken } from '../text/index.ts';
import type { ThemeClassifier } from './load-model.ts';
import { sigmoid } from './logistic-regression.ts';
import { extractStoryFeatures, ruleFeature, ruleRow, type StoryFeatures } from './story-features.ts';
import { tfidfVector, type SparseVector } from './tfidf.ts';
import { decideThemes } from './thresholds.ts';

/** A suggested theme with the words in the story that led to it. */
export interface ThemeSuggestion {
  readonly code: string;
  /** Probability from the model, three decimals. */
  readonly score: number;
  /** The story's own words and phrases that pushed this theme up most, strongest first. */
  readonly evidence: string[];
}

export interface ThemeScore {
  readonly code: string;
  readonly score: number;
  readonly threshold: number;
}

export type ClassifyResult =
  | { readonly ok: true; readonly themes: ThemeSuggestion[]; readonly scores?: ThemeScore[] }
  | { readonly ok: false; readonly reason: 'empty' | 'not_dutch'; readonly message: string };

export interface ClassifyOptions {
  /** Also return every theme's score and threshold, highest score first. */
  readonly allScores?: boolean;
  /** At most this many evidence strings per theme (default 5). */
  readonly maxEvidence?: number;
}

/** A term is evidence when it adds at least this much to the theme's logit… */
const EVIDENCE_MIN_CONTRIBUTION = 0.05;
/** …and at least this share of the strongest term's contribution. */
const EVIDENCE_SHARE_OF_STRONGEST = 0.25;

interface Contribution {
  readonly amount: number;
  readonly first: number;
  readonly last: number;
}

function surface(text: string, tokens: readonly AnalysedToken[], first: number, last: number): string {
  const start = tokens[first]?.start ?? 0;
  const end = tokens[last]?.end ?? start;
  return text.slice(start, end);
}

interface PresentTerm {
  readonly index: number;
  readonly value: number;
  readonly first: number;
  readonly last: number;
}

// The story's vocabulary terms with their feature values and first place in the text; shared by all themes.
function presentTerms(story: StoryFeatures, row: SparseVector, classifier: ThemeClassifier): PresentTerm[] {
  const valueOf = new Map(row.indices.map((index, k) => [index, row.values[k] ?? 0]));
  const present: PresentTerm[] = [];
  const seen = new Set<number>();
  for (const term of story.terms) {
    const index = classifier.vocabulary.index.get(term.term);
    if (index === undefined || seen.has(index)) continue;
    seen.add(index);
    present.push({ index, value: valueOf.get(index) ?? 0, first: term.first, last: term.last });
  }
  return present;
}

// Which parts of the story raised this theme's logit most: each text term's weight × value, and the
// theme's own rule bonus shared over its distinct rules that fired.
function evidenceFor(
  text: string,
  story: StoryFeatures,
  terms: readonly PresentTerm[],
  t: number,
  classifier: ThemeClassifier,
  max: number,
): string[] {
  const theme = classifier.themes[t];
  if (!theme || max <= 0) return [];
  const contributions: Contribution[] = terms.map(({ index, value, first, last }) => ({
    amount: (theme.weights[index] ?? 0) * value,
    first,
    last,
  }));
  const hits = story.ruleHits.filter((hit) => hit.theme === theme.code);
  const distinctRules = new Set(hits.map((hit) => hit.rule));
  const ownRuleWeight = theme.ruleWeights[t] ?? 0;
  const perRule = (ownRuleWeight * ruleFeature(story, theme.code)) / Math.max(1, distinctRules.size);
  const seenRules = new Set<string>();
  for (const hit of hits) {
    if (seenRules.has(hit.rule)) continue;
    seenRules.add(hit.rule);
    contributions.push({ amount: perRule, first: hit.first, last: hit.last });
  }
  const evidence: string[] = [];
  const seen = new Set<string>();
  // Only what really moved the score: words far below the strongest one are noise to a reader.
  const strongest = Math.max(0, ...contributions.map((c) => c.amount));
  const floor = Math.max(EVIDENCE_MIN_CONTRIBUTION, EVIDENCE_SHARE_OF_STRONGEST * strongest);
  for (const { first, last } of contributions.filter((c) => c.amount >= floor).sort((a, b) => b.amount - a.amount)) {
    const words = surface(text, story.tokens, first, last);
    const key = words.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    evidence.push(words);
    if (evidence.length >= max) break;
  }
  return evidence;
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/**
 * Suggests codebook themes for a Dutch story, with the words that led to each; refuses empty and non-Dutch text.
 * @example classifyStory(classifier, 'Mijn zoon wordt elke dag gepest in de klassenapp')
 * // { ok: true, themes: [{ code: 'VEI', score: 0.97, evidence: ['gepest', 'klassenapp'] }] }
 */
export function classifyStory(
  classifier: ThemeClassifier,
  text: string,
  options: ClassifyOptions = {},
): ClassifyResult {
  const story = extractStoryFeatures(text, classifier.rules);
  if (story.tokens.length === 0) return { ok: false, reason: 'empty', message: 'The story has no words to classify.' };
  // A short story passes the language check on a word the model or the rules know ("Pesten!").
  const ruleWords = new Set(
    story.ruleHits.flatMap((hit) => story.tokens.slice(hit.first, hit.last + 1).map((token) => token.norm)),
  );
  const known = (norm: string) => ruleWords.has(norm) || classifier.vocabulary.index.has(stemDutch(norm));
  if (!checkDutchLanguage(story.tokens, known).dutch) {
    return {
      ok: false,
      reason: 'not_dutch',
      message: 'The story does not look like Dutch; the classifier only reads Dutch.',
    };
  }
  const row = tfidfVector(story.termCounts, classifier.vocabulary);
  const rules = ruleRow(
    story,
    classifier.themes.map((theme) => theme.code),
  );
  const probabilities = classifier.themes.map((theme) => {
    let logit = theme.bias;
    for (let r = 0; r < rules.length; r += 1) logit += (theme.ruleWeights[r] ?? 0) * (rules[r] ?? 0);
    for (let k = 0; k < row.indices.length; k += 1)
      logit += (theme.weights[row.indices[k] ?? 0] ?? 0) * (row.values[k] ?? 0);
    return sigmoid(logit);
  });
  const thresholds = classifier.themes.map((theme) => theme.threshold);
  const chosen = decideThemes(probabilities, thresholds, classifier.fallbackMinRatio).sort(
    (a, b) => (probabilities[b] ?? 0) - (probabilities[a] ?? 0),
  );
  const max = options.maxEvidence ?? 5;
  const terms = chosen.length > 0 && max > 0 ? presentTerms(story, row, classifier) : [];
  const themes = chosen.flatMap((t) => {
    const theme = classifier.themes[t];
    if (!theme) return [];
    return [
      {
        code: theme.code,
        score: round3(probabilities[t] ?? 0),
        evidence: evidenceFor(text, story, terms, t, classifier, max),
      },
    ];
  });
  if (!options.allScores) return { ok: true, themes };
  const scores = classifier.themes
    .map((theme, t) => ({ code: theme.code, score: round3(probabilities[t] ?? 0), threshold: theme.threshold }))
    .sort((a, b) => b.score - a.score);
  return { ok: true, themes, scores };
}
