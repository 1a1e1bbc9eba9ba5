import { analyseDutch, termsOf, type AnalysedToken, type TextTerm } from '../text/index.ts';
import { countDistinctRules, matchRules, type CompiledRules, type RuleHit } from './rules.ts';

/** Everything the model reads from one story. */
export interface StoryFeatures {
  readonly tokens: AnalysedToken[];
  readonly terms: TextTerm[];
  /** How often each unigram/bigram term occurs. */
  readonly termCounts: Map<string, number>;
  readonly ruleHits: RuleHit[];
  /** Distinct rules fired per theme. */
  readonly ruleCounts: Map<string, number>;
}

/** Rule hits beyond this many add nothing: four different VEI words already make VEI near certain. */
export const RULE_COUNT_CAP = 4;

/**
 * Reads a story's terms and rule hits through the Dutch text pipeline.
 * @example extractStoryFeatures('Hij wordt gepest', rules).ruleCounts.get('VEI') // 1
 */
export function extractStoryFeatures(text: string, rules: CompiledRules): StoryFeatures {
  const tokens = analyseDutch(text);
  const terms = termsOf(tokens);
  const termCounts = new Map<string, number>();
  for (const { term } of terms) termCounts.set(term, (termCounts.get(term) ?? 0) + 1);
  const ruleHits = matchRules(rules, tokens);
  return { tokens, terms, termCounts, ruleHits, ruleCounts: countDistinctRules(ruleHits) };
}

/**
 * The rule feature of a theme, between 0 and 1, so its weight is on the same scale as the text features.
 * @example ruleFeature(features, 'VEI') // 0.25 for one VEI rule hit
 */
export function ruleFeature(features: StoryFeatures, theme: string): number {
  return Math.min(features.ruleCounts.get(theme) ?? 0, RULE_COUNT_CAP) / RULE_COUNT_CAP;
}

/**
 * Every theme's rule feature, in theme order. Each theme's model weighs all of them, so hits of a
 * neighbouring theme can count against it (REL words make COM less likely).
 * @example ruleRow(features, ['VEI', 'COM']) // Float64Array [0.25, 0]
 */
export function ruleRow(features: StoryFeatures, themes: readonly string[]): Float64Array {
  return Float64Array.from(themes, (theme) => ruleFeature(features, theme));
}
