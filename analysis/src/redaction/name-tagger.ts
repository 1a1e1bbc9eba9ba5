// A small statistical second opinion on the name rules (issue 19, round three): a logistic model over
// each capitalised word's features (name lists, OpenTaal word or not, place, sentence position, the
// words around it, its ending) says how likely the word is part of a person's name. It settles what the
// rules cannot weigh: a surname that is also a word after a given name ("Nicole Bol"), a role word
// after a name ("Madelon van de Bergh Lid"), a doubt in a person's slot. Trained from the annotated
// development sets by analysis/bench/redaction-tagger.ts; the weights ship as JSON (analysis/data/
// redaction/name-tagger.json), so it runs offline, in Node, with no package of its own.
import { KIN_WORDS, TITLE_WORDS, TUSSENVOEGSELS, isRoleToken } from './name-cues.ts';
import { hasNotNameEnding, isGuessable } from './name-context.ts';
import { hasForeignLetter, isAbbreviationCompound, looksLikeName } from './name-shape.ts';
import {
  AMBIGUOUS_NAMES,
  FIRST_NAMES,
  NOT_NAMES,
  OTHER_PROPER_NOUNS,
  SURNAMES,
  inNotNamePhrase,
} from './names/index.ts';
import { dutchLexicon, type DutchLexicon } from './lexicon/dutch-lexicon.ts';
import { PARTICLE_WRITTEN_ON, PORTFOLIO, isInstitutionWord, isListed } from './read-name-spans.ts';
import { isSpaceGap, type WordToken } from './tokenize-words.ts';
import type { Entity, UncertainSpan } from './types.ts';

/** The model as stored in analysis/data/redaction/name-tagger.json. */
export interface NameTaggerModel {
  version: 1;
  /** What the weights were learnt from, for the record. */
  trainedOn: string[];
  bias: number;
  weights: Record<string, number>;
  /** Probabilities at which the tagger overrules the rules; chosen by cross-validation. */
  thresholds: NameTaggerThresholds;
}

export interface NameTaggerThresholds {
  /** A word the rules left is redacted (alone, or joined to the name beside it) at this or more. */
  add: number;
  /** Next to a word added or a name found, a word joins the name at this or more. */
  join: number;
  /** A Dutch word at the edge of a name the rules found is cut off below this. */
  trim: number;
  /** Two words side by side that the rules left are a name when both score this or more. */
  pair: number;
}

/** What the rules made of a text; the tagger reconsiders the person names and doubts. */
export interface RuleVerdicts {
  /** Person names the rules redact (known names and names in Arabic script left out: those stay). */
  persons: readonly Entity[];
  /** Everything else the rules redact: schools, e-mail addresses, dates, known names. */
  others: readonly Entity[];
  doubts: readonly UncertainSpan[];
}

/** A word the tagger scores: capitalised, not all capitals, two letters or more. */
export function isTaggable(token: WordToken): boolean {
  return (
    token.capitalised &&
    !token.allCaps &&
    token.text.length >= 2 &&
    /^\p{Lu}/u.test(token.text) &&
    !isAbbreviationCompound(token)
  );
}

const inside = (token: WordToken, span: Entity) => token.start >= span.start && token.end <= span.end;

/** The lexical class of a capitalised word: listed given name, surname, Dutch word, place, or unknown. */
const wordClasses = new WeakMap<WordToken, string>();
function wordClass(token: WordToken, lexicon: DutchLexicon): string {
  let cls = wordClasses.get(token);
  if (cls === undefined) {
    cls = classify(token, lexicon);
    wordClasses.set(token, cls);
  }
  return cls;
}

function classify(token: WordToken, lexicon: DutchLexicon): string {
  const f = token.folded;
  // "Anne-Wil", "Jan-Willem": a hyphenated given name with a listed part.
  if (f.includes('-') && isListed(FIRST_NAMES, token)) return 'F';
  if (FIRST_NAMES.has(f)) return lexicon.isWord(f) ? 'FW' : 'F';
  if (SURNAMES.has(f)) return lexicon.isWord(f) ? 'SW' : 'S';
  if (lexicon.isPlace(f) || OTHER_PROPER_NOUNS.has(f)) return 'PL';
  if (lexicon.isProperName(f)) return lexicon.isListedWord(f) ? 'NW' : 'N';
  // ("Türker" folds to "turker", which passes for an inflection of a word.)
  if ((lexicon.isWord(f) && !hasForeignLetter(token.text)) || NOT_NAMES.has(f)) return 'W';
  return looksLikeName(token, lexicon) ? 'U' : 'X';
}

/** How a neighbour looks from here: a lower-case word by itself, a capitalised one by its class. */
function neighbour(token: WordToken | undefined, lexicon: DutchLexicon): string {
  if (!token) return 'none';
  if (!token.capitalised) return TUSSENVOEGSELS.has(token.folded) ? 'tv' : `w:${token.folded}`;
  if (token.allCaps) return 'CAPS';
  if (TITLE_WORDS.has(token.folded) || KIN_WORDS.has(token.folded)) return `t:${token.folded}`;
  return wordClass(token, lexicon);
}

function gapClass(gap: string | undefined): string {
  if (gap === undefined) return 'end';
  if (isSpaceGap(gap)) return 'sp';
  const trimmed = gap.trim();
  return trimmed === '' ? 'nl' : trimmed.slice(0, 2);
}

/**
 * The features of token i, as strings the model holds a weight for. The rules' own verdicts are left out on
 * purpose: the rules were written while reading the very sets the tagger learns from, so there they look
 * nearly infallible, and a model that learnt to trust them added nothing on a fresh set (see BENCHMARKS.md).
 */
export function tokenFeatures(tokens: readonly WordToken[], i: number): string[] {
  const lexicon = dutchLexicon();
  const token = tokens[i]!;
  const f = token.folded;
  const cls = wordClass(token, lexicon);
  const [prev, next, prev2, next2] = [tokens[i - 1], tokens[i + 1], tokens[i - 2], tokens[i + 2]];
  const p = neighbour(prev, lexicon);
  const n = neighbour(next, lexicon);
  const start = token.sentenceStart || /["“„'‘(«]/.test(token.gapBefore) ? 'ss' : 'in';
  const length = f.length <= 3 ? 'l3' : f.length <= 5 ? 'l5' : f.length <= 8 ? 'l8' : 'l9';
  const features = [
    `c:${cls}`,
    `s:${start}`,
    `s:${start}|c:${cls}`,
    `p:${p}`,
    `n:${n}`,
    `p:${p}|c:${cls}`,
    `c:${cls}|n:${n}`,
    `pg:${gapClass(token.gapBefore)}`,
    `ng:${gapClass(next?.gapBefore)}`,
    `pg:${gapClass(token.gapBefore)}|p:${p}`,
    `ng:${gapClass(next?.gapBefore)}|n:${n}`,
    `pp:${neighbour(prev2, lexicon)}|p:${p}`,
    `n:${n}|nn:${neighbour(next2, lexicon)}`,
    `len:${length}|c:${cls}`,
    `sf:${f.slice(-2)}`,
    `sf:${f.slice(-3)}`,
  ];
  if (token.text.includes('-') || token.text.includes('‑')) features.push('hyphen');
  if (AMBIGUOUS_NAMES.has(f)) features.push('ambiguous', `ambiguous|s:${start}`);
  if (hasNotNameEnding(f)) features.push('notNameEnding');
  if (!isGuessable(token)) features.push('notGuessable');
  if (f.length > 10 && lexicon.isCompound(f)) features.push('compound');
  // Dutch words by themselves ("lid", "voorzitter", "oorlogswinter"), never the names of a training set.
  if (cls === 'W' || cls === 'PL') features.push(`id:${f}`);
  return features;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Probability that token i is (part of) a person's name. */
export function scoreToken(model: NameTaggerModel, features: readonly string[]): number {
  let sum = model.bias;
  for (const feature of features) sum += model.weights[feature] ?? 0;
  return sigmoid(sum);
}

// A doubt the rules put where a person stands (confidence 0.6, "met dank aan Scala") becomes a name at the `add`
// threshold. At a sentence start (0.5, "Waad staat …") or where a place or a thing usually stands (0.4: "naar
// Ommen", "bij de Bakker") the rules know the slot tells little, so there only a doubt the tagger is all but sure of
// is redacted. In cross-validation over 47 sets (7,217 names) 0.97 turned 17 such doubts into names, 15 of them
// right (at a sentence start alone 9, all right; at 0.985, 12 with two wrong).
const MIN_DOUBT = 0.55;
const SURE_IN_ANY_SLOT = 0.97;
/** Word classes the tagger may overrule the rules on: Dutch words and places, not listed names. */
const WORD_LIKE = new Set(['W', 'PL']);

/**
 * The rules' person names and doubts, reconsidered where the rules are weakest, which is where a name
 * looks like a word: a doubt the tagger is sure of is redacted; a capitalised word right beside a name
 * joins it when the tagger says so ("Nicole Bol", "Alie Buiter"); a Dutch word at a name's edge that the
 * tagger doubts is cut off ("Bjorn de Haan Lid"); two words side by side it is sure of are a name
 * ("Christa Grooten"). Every doubt left carries the tagger's probability as its confidence. (Turning a
 * one-word "name" the tagger doubts into a doubt was tried and left out: in cross-validation it undid two
 * or three right names and no wrong one.)
 */
export function refineNames(
  tokens: readonly WordToken[],
  verdicts: RuleVerdicts,
  model: NameTaggerModel,
): { persons: Entity[]; doubts: UncertainSpan[] } {
  const lexicon = dutchLexicon();
  // Learnt from Dutch: in a story in Turkish, Polish or English every capitalised word looks like no Dutch
  // word, so there the rules decide alone.
  const unchanged = { persons: [...verdicts.persons], doubts: [...verdicts.doubts] };
  if (verdicts.persons.length === 0 && verdicts.doubts.length === 0) return unchanged;
  if (!isMostlyDutch(tokens, lexicon)) return unchanged;
  const { add, join, trim, pair } = model.thresholds;
  // Scored when asked (the tagger looks only at words in and beside names and doubts): -1 for a word it
  // does not score.
  const cache = new Map<number, number>();
  const score = (i: number): number => {
    let value = cache.get(i);
    if (value === undefined) {
      const token = tokens[i];
      value = token && isTaggable(token) ? scoreToken(model, tokenFeatures(tokens, i)) : -1;
      cache.set(i, value);
    }
    return value;
  };
  // Capitalised tussenvoegsels ("De Boer", "Den Hartog") are the rules' to read, never the tagger's to cut.
  const wordLike = (i: number) =>
    score(i) >= 0 && !TUSSENVOEGSELS.has(tokens[i]!.folded) && WORD_LIKE.has(wordClass(tokens[i]!, lexicon));
  const owner = tokens.map(() => -1);
  // Other entities, and phrases the rules know are no person ("Albert Heijn"), are never the tagger's to take.
  const notNames = inNotNamePhrase(tokens);
  const blocked = tokens.map((t, i) => notNames[i] || verdicts.others.some((o) => t.start < o.end && o.start < t.end));
  const doubts: UncertainSpan[] = [];
  const kept: { first: number; last: number; start: number; end: number }[] = [];
  for (const person of verdicts.persons) {
    const indices = tokens.flatMap((token, i) => (inside(token, person) ? [i] : []));
    let first = indices[0];
    let last = indices[indices.length - 1];
    if (first === undefined || last === undefined) continue;
    let { start, end } = person;
    // Cut role words and headings off both edges ("Secretaris Lilly Hulzink", "Yvette de Jong Lid"), never
    // down to initials: after "L." the word is the surname, even a place's name ("mw. L. Ouwerkerk").
    const initialsOnlyBefore = (j: number) => tokens.slice(first, j).every((t) => t.text.length === 1);
    while (
      last > first &&
      wordLike(last) &&
      score(last) < trim &&
      !TUSSENVOEGSELS.has(tokens[last - 1]!.folded) &&
      // ("Laura Wortman-van Woudenberg": nor after a particle written onto the first surname, "Jacqueline Reitsma –
      // Bode": nor a second surname after a dash.)
      !PARTICLE_WRITTEN_ON.test(tokens[last - 1]!.text) &&
      !/^ [–-] $/.test(tokens[last]!.gapBefore) &&
      !initialsOnlyBefore(last)
    ) {
      last--;
      end = tokens[last]!.end;
    }
    // (Not before a lower-case tussenvoegsel: "Siert van der Laan" is a given name, which a role before "van der
    // Laan" would not be written as.)
    const particleAfter = (j: number) => !tokens[j + 1]!.capitalised && TUSSENVOEGSELS.has(tokens[j + 1]!.folded);
    while (first < last && wordLike(first) && score(first) < trim && !particleAfter(first)) {
      first++;
      start = tokens[first]!.start;
    }
    kept.push({ first, last, start, end });
  }
  kept.forEach((span, k) => range(span.first, span.last).forEach((i) => (owner[i] = k)));
  // A role word ("Lid", "Sercretaris", "Westerwijs-directeur") is never taken into a name, whatever a tagger that
  // never saw it says.
  // (Nor an alderman's portfolio: "wethouder Jeugd Robbert-Jan van Duijn".)
  const free = (i: number) =>
    i >= 0 &&
    i < tokens.length &&
    owner[i] === -1 &&
    !blocked[i] &&
    isTaggable(tokens[i]!) &&
    !isRoleToken(tokens[i]!) &&
    !PORTFOLIO.test(tokens[i]!.folded);
  // Doubts the tagger is sure of become names, with what joins them on either side.
  for (const doubt of verdicts.doubts) {
    const indices = tokens.flatMap((token, i) => (inside(token, doubt) && free(i) ? [i] : []));
    const best = indices.length === 0 ? 0 : Math.max(...indices.map((i) => score(i)));
    if (best < (doubt.confidence >= MIN_DOUBT ? add : SURE_IN_ANY_SLOT)) continue;
    const span = { first: indices[0]!, last: indices[indices.length - 1]!, start: doubt.start, end: doubt.end };
    kept.push(span);
    range(span.first, span.last).forEach((i) => (owner[i] = kept.length - 1));
  }
  // Two words side by side that the rules left and the tagger is sure of, inside a sentence and not part
  // of a longer run of capitals ("Positive Behavior Support"): a given name and a surname.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!free(i) || !free(i + 1) || !isSpaceGap(tokens[i + 1]!.gapBefore) || tokens[i]!.sentenceStart) continue;
    // ("Sophia Scholen", "Aurum College": a word before an institution's head word is its name.)
    if (score(i) < pair || score(i + 1) < pair || isInstitutionWord(tokens[i + 1]!.folded)) continue;
    const capitalAt = (j: number) => tokens[j] !== undefined && tokens[j]!.capitalised && !tokens[j]!.sentenceStart;
    if (
      (capitalAt(i - 1) && isSpaceGap(tokens[i]!.gapBefore)) ||
      (capitalAt(i + 2) && isSpaceGap(tokens[i + 2]!.gapBefore))
    )
      continue;
    kept.push({ first: i, last: i + 1, start: tokens[i]!.start, end: tokens[i + 1]!.end });
    owner[i] = owner[i + 1] = kept.length - 1;
  }
  // A capitalised word right beside a name joins it when the tagger says so, also across tussenvoegsels:
  // "Nicole Bol", "Alie Buiter", "Angelika van der Wallen", "Leonie van der Houwen".
  const particle = (i: number) =>
    free(i) || (owner[i] === -1 && !blocked[i] && TUSSENVOEGSELS.has(tokens[i]?.folded ?? ''));
  const isParticleAt = (i: number) =>
    tokens[i] !== undefined && !tokens[i]!.capitalised && TUSSENVOEGSELS.has(tokens[i]!.folded);
  const spaced = (i: number) => tokens[i] !== undefined && isSpaceGap(tokens[i]!.gapBefore);
  // "Abdulla van de Jules Verneschool": a word that runs into a school's name belongs to that name.
  const runsIntoInstitution = (i: number) =>
    spaced(i + 1) && tokens[i + 1]!.capitalised && isInstitutionWord(tokens[i + 1]!.folded);
  kept.forEach((span, k) => {
    for (;;) {
      let j = span.last + 1;
      // Across tussenvoegsels only from a lone given name: after a full name "van de …" is where from
      // ("Abdulla van de Jules").
      while (span.first === span.last && isParticleAt(j) && particle(j) && spaced(j) && j - span.last <= 3) j++;
      // ("Deborah Datum: dinsdag": a word before a colon is a heading.)
      const heading = /^\s*:\s*$/.test(tokens[j + 1]?.gapBefore ?? '');
      // ("Joost Warring Van Veilig Verkeer": a particle alone never ends a name.)
      const particleAlone = TUSSENVOEGSELS.has(tokens[j]?.folded ?? '');
      if (!free(j) || !spaced(j) || score(j) < join || runsIntoInstitution(j) || heading || particleAlone) break;
      range(span.last + 1, j).forEach((i) => (owner[i] = k));
      span.last = j;
      span.end = tokens[j]!.end;
    }
    for (;;) {
      let j = span.first - 1;
      while (isParticleAt(j) && particle(j) && spaced(j + 1) && span.first - j <= 3) j--;
      if (!free(j) || !spaced(j + 1) || score(j) < join) break;
      range(j, span.first - 1).forEach((i) => (owner[i] = k));
      span.first = j;
      span.start = tokens[j]!.start;
    }
  });
  const persons = kept.map(({ start, end }) => ({ type: 'PERSON' as const, start, end }));
  for (const doubt of verdicts.doubts) {
    const indices = tokens.flatMap((token, i) => (inside(token, doubt) && score(i) >= 0 ? [i] : []));
    if (indices.some((i) => owner[i] !== -1)) continue;
    const best = indices.length > 0 ? Math.max(...indices.map((i) => score(i))) : doubt.confidence;
    // Never 0: a doubt is something a person should look at.
    doubts.push({ ...doubt, confidence: Math.max(0.01, round(Math.min(best, add - 0.01))) });
  }
  return { persons, doubts: doubts.sort((a, b) => a.start - b.start) };
}

/**
 * Most lower-case words are Dutch words: the text is Dutch, where the tagger learnt what it knows. The
 * first sixteen tell enough, and looking words up costs time.
 */
function isMostlyDutch(tokens: readonly WordToken[], lexicon: DutchLexicon): boolean {
  let words = 0;
  let dutch = 0;
  for (const token of tokens) {
    if (words === 16) break;
    if (token.capitalised || token.text.length < 2) continue;
    words++;
    // A listed word first: one look-up, where undoing inflections costs several.
    if (lexicon.isListedWord(token.folded) || lexicon.isWord(token.folded)) dutch++;
  }
  return words === 0 || dutch >= 0.7 * words;
}

function range(first: number, last: number): number[] {
  const indices: number[] = [];
  for (let i = first; i <= last; i++) indices.push(i);
  return indices;
}

const round = (value: number) => Math.round(value * 100) / 100;
