import { analyseDutch, normaliseDutchWord, type AnalysedToken } from '../text/index.ts';

/** Codebook rules as researchers write them (analysis/data/classifier/rules.json). */
export interface RuleSetJson {
  codebookVersion: string;
  notes?: string;
  themes: Record<string, { terms: string[]; phrases: string[] }>;
}

/** One rule that fired, with the token span it covers so the UI can highlight it. */
export interface RuleHit {
  readonly theme: string;
  /** The rule as written in rules.json, e.g. "pest*" or "niet gehoord". */
  readonly rule: string;
  readonly first: number;
  readonly last: number;
}

interface RuleRef {
  readonly theme: string;
  readonly rule: string;
}

interface AffixRule extends RuleRef {
  readonly affix: string;
}

interface PhraseRule extends RuleRef {
  readonly stems: readonly string[];
}

/** Rules ready for matching: exact stems, prefixes, suffixes and phrases indexed by first stem. */
export interface CompiledRules {
  readonly themes: readonly string[];
  readonly exact: ReadonlyMap<string, readonly RuleRef[]>;
  readonly prefixes: readonly AffixRule[];
  readonly suffixes: readonly AffixRule[];
  readonly phrasesByFirstStem: ReadonlyMap<string, readonly PhraseRule[]>;
  /** Memo of word → single-word rules it meets; words repeat a lot across stories. */
  readonly wordMemo: Map<string, readonly RuleRef[]>;
}

// Phrases compare stems, except that negators compare as written: Snowball stems "niets" to "niet",
// and "niets gehoord" (not informed, COM) must stay apart from "niet gehoord" (not listened to, REL).
function phraseKey(token: AnalysedToken): string {
  return token.negator ? token.norm : token.stem;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Compiles researcher-written rules: words are normalised and stemmed by the same pipeline as stories;
 * "word*" and "*word" become prefix and suffix rules; several words become a phrase.
 * @example compileRules({ codebookVersion: '2026.1', themes: { VEI: { terms: ['pest*'], phrases: [] } } })
 */
export function compileRules(json: RuleSetJson): CompiledRules {
  const exact = new Map<string, RuleRef[]>();
  const prefixes: AffixRule[] = [];
  const suffixes: AffixRule[] = [];
  const phrases = new Map<string, PhraseRule[]>();
  const addPhrase = (theme: string, rule: string) => {
    const stems = analyseDutch(rule).map(phraseKey);
    const first = stems[0];
    if (first === undefined) return;
    if (stems.length === 1) pushTo(exact, first, { theme, rule });
    else pushTo(phrases, first, { theme, rule, stems });
  };
  for (const [theme, { terms, phrases: themePhrases }] of Object.entries(json.themes)) {
    for (const rule of terms) {
      const trimmed = rule.trim();
      if (trimmed.endsWith('*')) {
        const affix = normaliseDutchWord(trimmed.slice(0, -1)).join('');
        if (affix) prefixes.push({ theme, rule, affix });
      } else if (trimmed.startsWith('*')) {
        const affix = normaliseDutchWord(trimmed.slice(1)).join('');
        if (affix) suffixes.push({ theme, rule, affix });
      } else {
        addPhrase(theme, trimmed);
      }
    }
    for (const rule of themePhrases) addPhrase(theme, rule.trim());
  }
  return {
    themes: Object.keys(json.themes),
    exact,
    prefixes,
    suffixes,
    phrasesByFirstStem: phrases,
    wordMemo: new Map(),
  };
}

const WORD_MEMO_LIMIT = 50_000;

function wordRules(rules: CompiledRules, token: AnalysedToken): readonly RuleRef[] {
  // The stem is a function of the normalised word, so the word alone is the key.
  const key = token.norm;
  const known = rules.wordMemo.get(key);
  if (known) return known;
  const found: RuleRef[] = [...(rules.exact.get(token.stem) ?? [])];
  // Affixes match the written word or its stem, so *gesprek finds both "startgesprek" and "startgesprekken".
  for (const rule of rules.prefixes) {
    if (token.norm.startsWith(rule.affix) || token.stem.startsWith(rule.affix)) found.push(rule);
  }
  for (const rule of rules.suffixes) {
    if (token.norm.endsWith(rule.affix) || token.stem.endsWith(rule.affix)) found.push(rule);
  }
  if (rules.wordMemo.size >= WORD_MEMO_LIMIT) rules.wordMemo.clear();
  rules.wordMemo.set(key, found);
  return found;
}

function phraseMatches(tokens: readonly AnalysedToken[], start: number, stems: readonly string[]): boolean {
  for (let offset = 1; offset < stems.length; offset += 1) {
    const token = tokens[start + offset];
    if (!token || phraseKey(token) !== stems[offset]) return false;
  }
  return true;
}

/**
 * Finds every rule hit in an analysed story. Single words inside a negation's reach do not count
 * ("geen last van pesten" gives no VEI hit); phrases spell out their own negation ("niet gehoord").
 * @example matchRules(compiled, analyseDutch('Hij wordt gepest')) // [{ theme: 'VEI', rule: 'gepest', … }]
 */
export function matchRules(rules: CompiledRules, tokens: readonly AnalysedToken[]): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const [index, token] of tokens.entries()) {
    if (!token.stop && !token.negator && !token.negated) {
      for (const { theme, rule } of wordRules(rules, token)) hits.push({ theme, rule, first: index, last: index });
    }
    for (const phrase of rules.phrasesByFirstStem.get(phraseKey(token)) ?? []) {
      if (token.negated || !phraseMatches(tokens, index, phrase.stems)) continue;
      hits.push({ theme: phrase.theme, rule: phrase.rule, first: index, last: index + phrase.stems.length - 1 });
    }
  }
  return hits;
}

/**
 * How many different rules of each theme fired: the rule signal the model weighs per theme.
 * @example countDistinctRules(hits).get('VEI') // 2
 */
export function countDistinctRules(hits: readonly RuleHit[]): Map<string, number> {
  const seen = new Map<string, Set<string>>();
  for (const hit of hits) {
    const rules = seen.get(hit.theme) ?? new Set<string>();
    rules.add(hit.rule);
    seen.set(hit.theme, rules);
  }
  return new Map([...seen].map(([theme, rules]) => [theme, rules.size]));
}
