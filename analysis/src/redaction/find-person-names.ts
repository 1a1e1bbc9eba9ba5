import {
  ABBREVIATED_TITLES,
  ARTICLES,
  GREETINGS,
  HONORIFICS,
  KIN_WORDS,
  NAME_PARTICLES,
  NAMING_WORDS,
  RELATION_NOUNS,
  TITLE_WORDS,
  TUSSENVOEGSELS,
} from './name-cues.ts';
import {
  AMBIGUOUS_NAMES,
  FIRST_NAMES,
  NOT_NAME_PHRASES_BY_FIRST_WORD,
  NOT_NAMES,
  SURNAMES,
  foldName,
} from './names/index.ts';
import { isSpaceGap, tokenizeWords, type WordToken } from './tokenize-words.ts';
import type { Entity } from './types.ts';

interface Range {
  start: number;
  end: number;
}

/** Token indices of one name, both inclusive. */
interface NameSpan {
  first: number;
  last: number;
}

interface ReadMode {
  /** Accept a lower-case first name from the lists ("mijn zoon daan"). */
  lowercase: boolean;
  /** Accept a capitalised word that is in no list ("mijn dochter Xyla"). */
  unknown: boolean;
  /** Accept "van" + unknown word as a surname (after "meneer"), not after "moeder" (= whose mother). */
  unknownSurname: boolean;
}

const MAX_NAME_WORDS = 4;

const CUE: ReadMode = { lowercase: true, unknown: true, unknownSurname: true };
const KIN: ReadMode = { lowercase: true, unknown: true, unknownSurname: false };
const LEXICON: ReadMode = { lowercase: false, unknown: false, unknownSurname: false };

/**
 * Finds person names: after titles, family words and "heet"/"ik ben", from the name lists, and
 * surnames with tussenvoegsels. Tokens inside `blocked` ranges (e-mail, known names …) are skipped.
 */
export function findPersonNames(
  text: string,
  blocked: readonly Range[] = [],
  tokens: WordToken[] = tokenizeWords(text),
): Entity[] {
  return new NameReader(tokens, blocked).findAll();
}

/** In the list, or hyphenated with a listed part: "Jan-Willem", "Mohammed-Amin", "Schmidt-Bakker". */
function isListed(list: ReadonlySet<string>, token: WordToken): boolean {
  if (list.has(token.folded)) return true;
  if (!token.folded.includes('-') || !token.capitalised) return false;
  const parts = token.text.split('-');
  return parts.every((part) => /^\p{Lu}/u.test(part)) && parts.some((part) => list.has(foldName(part)));
}

class NameReader {
  private readonly blocked: boolean[];
  private readonly taken: boolean[];
  private readonly found: Entity[] = [];

  constructor(
    private readonly tokens: WordToken[],
    blockedRanges: readonly Range[],
  ) {
    this.blocked = tokens.map(() => false);
    for (const range of blockedRanges) {
      tokens.forEach((t, i) => {
        if (t.start < range.end && range.start < t.end) this.blocked[i] = true;
      });
    }
    this.taken = tokens.map(() => false);
    this.blockNotNamePhrases();
  }

  findAll(): Entity[] {
    for (let i = 0; i < this.tokens.length; i++) {
      if (this.blocked[i] || this.taken[i]) continue;
      const span = this.nameAfterCue(i) ?? this.nameFromLists(i);
      if (span) this.emitWithCoordinated(span);
    }
    return this.found.sort((a, b) => a.start - b.start);
  }

  /** A name announced by the word before it: a title, a family word, "heet", "moeder van". */
  private nameAfterCue(i: number): NameSpan | undefined {
    const cue = this.tokens[i];
    const previous = this.tokens[i - 1];
    const next = this.tokens[i + 1];
    if (!cue || !next) return undefined;
    const gap = next.gapBefore;
    const spaced = isSpaceGap(gap);
    const apposition = /^, ?$/.test(gap);

    if (TITLE_WORDS.has(cue.folded) && !cue.allCaps) {
      if (cue.folded === 'heer' && previous?.folded !== 'de') return undefined;
      const abbreviated = ABBREVIATED_TITLES.has(cue.folded) && /^\. ?$/.test(gap);
      // "Beste juf, Graag …" is a greeting, not "the teacher, Graag".
      const appositionOk = apposition && previous !== undefined && !GREETINGS.has(previous.folded);
      const mode = HONORIFICS.has(cue.folded) ? CUE : KIN;
      if (spaced || abbreviated || appositionOk) return this.readName(i + 1, mode);
    }
    if (KIN_WORDS.has(cue.folded) && (spaced || apposition)) return this.readName(i + 1, KIN);
    const naming =
      NAMING_WORDS.has(cue.folded) ||
      (cue.folded === 'ben' && previous?.folded === 'ik') ||
      (cue.folded === 'is' && previous?.folded === 'naam');
    if (naming && (spaced || /^: ?$/.test(gap))) return this.readName(i + 1, CUE);
    const relation = cue.text === 'van' && previous !== undefined && RELATION_NOUNS.has(previous.folded);
    if (relation && spaced) return this.readName(i + 1, KIN);
    return undefined;
  }

  /** A name recognised by itself: a listed first name, initials, or a listed surname. */
  private nameFromLists(i: number): NameSpan | undefined {
    const token = this.tokens[i];
    if (!token || NOT_NAMES.has(token.folded)) return undefined;
    if (isListed(FIRST_NAMES, token)) {
      if (token.capitalised && !token.allCaps) {
        // "Roos is haar lievelingsbloem": a name that is also a word says nothing at a sentence start.
        if (token.sentenceStart && AMBIGUOUS_NAMES.has(token.folded)) return undefined;
        return this.readName(i, LEXICON);
      }
      if (this.isLowercaseFirstName(token, false) && !ARTICLES.has(this.tokens[i - 1]?.folded ?? '')) {
        return { first: i, last: i };
      }
    }
    // Without a title, initials need a listed surname: "N.B. Verder" is no name.
    if (this.isInitial(i)) return this.readName(i, LEXICON);
    if (this.isParticle(token)) {
      const span = this.readSurname(i, 'listed');
      if (span) return this.withGivenNamesBefore(span);
    }
    if (isListed(SURNAMES, token) && token.capitalised && !token.allCaps && !token.sentenceStart) {
      return this.withGivenNamesBefore({ first: i, last: this.extendSurname(i) });
    }
    return undefined;
  }

  /** Reads initials, tussenvoegsels, a core name and following surname parts from token j. */
  private readName(j: number, mode: ReadMode): NameSpan | undefined {
    let k = j;
    while (this.isInitial(k)) k++;
    const hadInitials = k > j;
    const core = this.tokens[k];
    if (!core || this.blocked[k] || this.taken[k]) return undefined;

    const surname = this.readSurname(k, mode.unknownSurname ? 'any' : 'capitalisedParticle');
    if (surname) return { first: j, last: surname.last };
    if (!core.capitalised) {
      const lowercaseOk = !hadInitials && mode.lowercase && this.isLowercaseFirstName(core, true);
      return lowercaseOk ? { first: j, last: k } : undefined;
    }
    const listed = isListed(FIRST_NAMES, core) || isListed(SURNAMES, core);
    const acceptable = this.isNameShaped(k) && (listed || mode.unknown);
    if (!acceptable) return undefined;
    return { first: j, last: this.extendSurname(k) };
  }

  /**
   * "van der Meer", "El Amrani", "de Vries": particles, then a capitalised surname. `unknown` says
   * when a surname missing from the lists counts: never, after a capitalised particle ("De Wolff"),
   * or always (after a title or a given name).
   */
  private readSurname(k: number, unknown: 'listed' | 'capitalisedParticle' | 'any'): NameSpan | undefined {
    let p = k;
    while (this.isParticle(this.tokens[p]) && isSpaceGap(this.tokens[p + 1]?.gapBefore ?? '')) p++;
    if (p === k) return undefined;
    const core = this.tokens[p];
    if (!core || !core.capitalised || core.allCaps || this.blocked[p] || this.taken[p]) return undefined;
    const particleCapitalised = this.tokens[k]?.capitalised === true;
    const listedSurname = isListed(SURNAMES, core);
    const unknownAllowed = unknown === 'any' || (unknown === 'capitalisedParticle' && particleCapitalised);
    // "moeder van Daan" is whose mother, not a surname.
    const unknownOk = unknownAllowed && this.isNameShaped(p) && !FIRST_NAMES.has(core.folded);
    if (!listedSurname && !unknownOk) return undefined;
    return { first: k, last: this.extendSurname(p, false) };
  }

  /**
   * Extends a name over following surname parts: "Gerrit Jan Hoekstra", "Sanne de Jong". One
   * tussenvoegsel group, right after the given names ("Mark Weghorst van Ouders" stops at Weghorst),
   * and at most four words, so a list of names does not become one.
   */
  private extendSurname(last: number, particlesAllowed = true): number {
    let words = 1;
    while (words < MAX_NAME_WORDS) {
      const next = this.tokens[last + 1];
      if (!next || !isSpaceGap(next.gapBefore)) return last;
      const surname = particlesAllowed ? this.readSurname(last + 1, 'any') : undefined;
      if (surname) return surname.last;
      if (!this.isNameShaped(last + 1)) return last;
      last++;
      words++;
      particlesAllowed = particlesAllowed && FIRST_NAMES.has(next.folded);
    }
    return last;
  }

  /** "Xyla Kowalski": a capitalised word right before a surname is its given name. */
  private withGivenNamesBefore(span: NameSpan): NameSpan {
    let first = span.first;
    const limit = Math.max(0, span.first - 2);
    while (first > limit && isSpaceGap(this.tokens[first]?.gapBefore ?? '') && this.isNameShaped(first - 1)) first--;
    return { first, last: span.last };
  }

  private emitWithCoordinated(span: NameSpan): void {
    this.emit(span);
    // "Fatima en Yassin", "Selam, Feven en Luwam": a capitalised word joined to a name is a name.
    let last = span.last;
    for (;;) {
      const next = this.tokens[last + 1];
      if (!next) return;
      let candidate = -1;
      if (next.text === 'en' && isSpaceGap(next.gapBefore)) candidate = last + 2;
      else if (/^(?:, ?| ?& ?)$/.test(next.gapBefore)) candidate = last + 1;
      const token = this.tokens[candidate];
      if (!token || token.sentenceStart) return;
      if (candidate === last + 2 && !isSpaceGap(token.gapBefore)) return;
      // After a comma only a listed first name: "Ellen Donkers, Onderzoeker" is a role.
      if (candidate === last + 1 && !FIRST_NAMES.has(token.folded)) return;
      const joined = token.capitalised ? this.readName(candidate, { ...CUE, lowercase: false }) : undefined;
      if (!joined) return;
      this.emit(joined);
      last = joined.last;
    }
  }

  private emit(span: NameSpan): void {
    const first = this.tokens[span.first];
    const last = this.tokens[span.last];
    if (!first || !last) return;
    for (let i = span.first; i <= span.last; i++) this.taken[i] = true;
    this.found.push({ type: 'PERSON', start: first.start, end: last.end });
  }

  private isNameShaped(i: number): boolean {
    const token = this.tokens[i];
    if (!token || this.blocked[i] || this.taken[i]) return false;
    return (
      token.capitalised &&
      !token.allCaps &&
      token.text.length >= 2 &&
      !NOT_NAMES.has(token.folded) &&
      !TITLE_WORDS.has(token.folded) &&
      !KIN_WORDS.has(token.folded)
    );
  }

  private isLowercaseFirstName(token: WordToken, afterCue: boolean): boolean {
    return (
      !token.capitalised &&
      token.folded.length >= 3 &&
      FIRST_NAMES.has(token.folded) &&
      !NOT_NAMES.has(token.folded) &&
      (afterCue || !AMBIGUOUS_NAMES.has(token.folded))
    );
  }

  private isParticle(token: WordToken | undefined): boolean {
    if (!token) return false;
    return TUSSENVOEGSELS.has(token.folded) || (token.capitalised && NAME_PARTICLES.has(token.folded));
  }

  /** "A." in "A. Jansen" or "J.W. de Boer". */
  private isInitial(i: number): boolean {
    const token = this.tokens[i];
    const next = this.tokens[i + 1];
    return (
      token !== undefined &&
      next !== undefined &&
      !this.blocked[i] &&
      token.text.length === 1 &&
      token.capitalised &&
      /^\. ?$/.test(next.gapBefore)
    );
  }

  private blockNotNamePhrases(): void {
    this.tokens.forEach((token, i) => {
      for (const words of NOT_NAME_PHRASES_BY_FIRST_WORD.get(token.folded) ?? []) {
        if (!words.every((word, w) => this.tokens[i + w]?.folded === word)) continue;
        for (let w = 0; w < words.length; w++) this.blocked[i + w] = true;
      }
    });
  }
}
