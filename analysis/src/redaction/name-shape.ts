// Names nobody listed, found by their shape: a capitalised word that is no Dutch word (the OpenTaal
// list says so), no place and no organisation. How sure a guess is depends on where it stands.
import { KIN_WORDS, TITLE_WORDS, isRoleLike } from './name-cues.ts';
import { hasNotNameEnding, PERSON_VERBS } from './name-context.ts';
import { FIRST_NAMES, NOT_NAMES, OTHER_PROPER_NOUNS, SURNAMES, foldName } from './names/index.ts';
import type { DutchLexicon } from './lexicon/dutch-lexicon.ts';
import type { WordToken } from './tokenize-words.ts';

/** Confidence of a name guess: redacted at `REDACT` or more, offered to a person to decide below it. */
export const CONFIDENCE = {
  /** First name and surname, or initials and surname, none a Dutch word: "Wendeline Kloosterboer". */
  fullName: 0.9,
  /** One name the OpenTaal list knows, where a person stands: "gepest door Seppe", "Verheggen vertelt". */
  personSlot: 0.75,
  REDACT: 0.7,
  /** One word no list has, where a person could stand: "met dank aan Scala". */
  unknownWord: 0.6,
  /** One unknown word where a place or a thing usually stands: "bij Boonstra", "het Porteum". */
  thingSlot: 0.4,
  /** At a sentence start, with no verb after it to tell. */
  sentenceStart: 0.5,
} as const;

/** Verbs after a sentence-initial word that make it a subject, so a person if it is no Dutch word. */
const SUBJECT_VERBS = new Set([
  ...PERSON_VERBS,
  ...`is was heeft had gaat ging komt kwam zit zat krijgt kreeg werd wordt zal zou kan kon moet moest mag
  mocht doet deed speelt speelde woont woonde werkt werkte neemt nam geeft gaf belt belde staat stond
  heet loopt liep ziet zag brengt bracht maakt maakte legt legde reageert reageerde geniet genoot
  blijft bleef schrijft schreef vult vulde kijkt keek opent opende sluit sloot vervangt verving deelt deelde
  stelt stelde meldt meldde`.split(/\s+/),
]);

/** "IB-taken", "MR-lid", "OR-leden": an abbreviation joined to a word, never (part of) a name. */
export function isAbbreviationCompound(token: WordToken): boolean {
  return /^\p{Lu}{2,}-/u.test(token.text);
}

/** A capitalised word that may be part of a name: listed as a name, or no Dutch word, place or thing. */
export function looksLikeName(token: WordToken, lexicon: DutchLexicon): boolean {
  if (!token.capitalised || token.allCaps || token.text.length < 2) return false;
  if (token.text.includes('-')) {
    const parts = token.text.split(/-\s?/);
    return parts.every((part) => /^\p{Lu}\p{Ll}/u.test(part) && isNameWord(foldName(part), lexicon));
  }
  // ("McCardle", "MacLeod", "O’Brien": a Gaelic prefix before a second capital.)
  return (
    /^(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}\p{M}'’]+$/u.test(token.text) &&
    isNameWord(token.folded, lexicon, hasForeignLetter(token.text))
  );
}

/**
 * "Bülent", "Türker", "Łukasz", "Ayşe": a letter Dutch words do not have (a diaeresis after a consonant, as Dutch
 * only writes one on a vowel after a vowel: "reünie"). Folded to plain letters such a name can pass for an
 * inflected Dutch word ("bulent", "turker"), so the word list is not asked.
 */
export function hasForeignLetter(text: string): boolean {
  return /[şğıçñłńśźżćęøåãõ]|(?:^|[^aeiouy])[üö]/iu.test(text);
}

function isNameWord(word: string, lexicon: DutchLexicon, foreign = false): boolean {
  // "Rotterdam'a" (Turkish case ending after an apostrophe) is Rotterdam.
  const folded = word.replace(/['’].*$/, '');
  if (NOT_NAMES.has(folded) || OTHER_PROPER_NOUNS.has(folded)) return false;
  // "Tilburga", "Харкова": a place with a Polish or Ukrainian case ending.
  const stem = folded.length > 5 ? folded.slice(0, -1) : '';
  if (stem && (lexicon.isPlace(stem) || OTHER_PROPER_NOUNS.has(stem))) return false;
  // "Noordwijkerhoutse", "Amsterdamse": a place's adjective.
  if (folded.endsWith('se') && lexicon.isPlace(folded.slice(0, -2))) return false;
  if (TITLE_WORDS.has(folded) || KIN_WORDS.has(folded) || lexicon.isPlace(folded) || isRoleLike(folded)) return false;
  if (FIRST_NAMES.has(folded) || SURNAMES.has(folded)) return true;
  // "Lieve" is listed as a name, "lieve" only as an inflection of "lief": the name wins. "Mark" is
  // listed as a name and as the word "mark" itself: the word wins.
  if (foreign) return true;
  if (lexicon.isProperName(folded)) return !lexicon.isListedWord(folded);
  if (lexicon.isWord(folded) || hasNotNameEnding(folded) || isSeparableVerb(folded, lexicon)) return false;
  return !isLongCompound(folded, lexicon);
}

/** Long compounds of Dutch words are things ("Leerlingenexcursie", "Bijbelverhalen"); surnames rarely run that long. */
export function isLongCompound(folded: string, lexicon: DutchLexicon): boolean {
  return folded.length > 12 && lexicon.isCompound(folded);
}

const SEPARABLE_PREFIX = /^(?:mee|op|af|aan|uit|door|over|terug|weg|samen|tegen|toe|bij|na|voor|in|om|vast|thuis)/;

/**
 * "Meedoen", "Opruimen", "Aansluitend", "meegegeven": a verb with a separable prefix, its present participle or its
 * past participle, which the list does not hold as one word.
 */
export function isSeparableVerb(folded: string, lexicon: DutchLexicon): boolean {
  const prefix = SEPARABLE_PREFIX.exec(folded)?.[0];
  if (!prefix) return false;
  const rest = folded.slice(prefix.length);
  if (/^ge\p{Ll}{3,}$/u.test(rest) && lexicon.isWord(rest)) return true;
  const infinitive = folded.replace(/ende?$/, 'en');
  if (!infinitive.endsWith('en')) return false;
  const verb = infinitive.slice(prefix.length);
  return verb.length >= 4 && lexicon.isListedWord(verb);
}

/**
 * True when the words right after a sentence-initial word make it the subject: "Amber krijgt …", or someone a
 * relative clause tells of: "Zafir, die vandaag de kringleider is, …".
 */
export function isSubjectOfVerbAfter(tokens: readonly WordToken[], i: number, lexicon: DutchLexicon): boolean {
  const next = tokens[i + 1];
  if (next?.text === 'die' && next.gapBefore === ', ') return true;
  if (next === undefined || !/^[ \u00a0]$/.test(next.gapBefore) || next.capitalised) return false;
  return SUBJECT_VERBS.has(next.folded) || isSingularVerbForm(next.folded, lexicon);
}

/**
 * "jureert", "vergelijkt", "raadt", "leeft", "vertelde": a verb's singular form, present or past, whose infinitive
 * the list holds ("jureren", "vergelijken", "raden", "leven", "vertellen"); the verbs no list of ours names.
 */
function isSingularVerbForm(folded: string, lexicon: DutchLexicon): boolean {
  const stem = /^(\p{Ll}{3,}?)(?:t|de|te)$/u.exec(folded)?.[1];
  if (stem === undefined) return false;
  const voiced = stem.replace(/f$/, 'v').replace(/s$/, 'z');
  const shortened = (word: string) =>
    word.replace(/(aa|ee|oo|uu)([^aeiou])$/, (_, vowel: string, c: string) => vowel[0] + c);
  const infinitives = [stem, voiced, shortened(stem), shortened(voiced), stem + stem.at(-1)].map((s) => `${s}en`);
  return infinitives.some((infinitive) => lexicon.isListedWord(infinitive));
}

/** Ukrainian capitalises names and places only, so inside a sentence a capitalised word is a name. */
export function isCyrillic(token: WordToken): boolean {
  return /^\p{Script=Cyrillic}/u.test(token.text);
}

/** An opening quote or bracket before a word starts a sentence as much as a full stop does. */
export function startsClause(token: WordToken): boolean {
  return token.sentenceStart || /["“„'‘(«]/.test(token.gapBefore);
}
