// Names nobody listed, read by their shape (see name-shape.ts): the part of the name reader that
// consults the OpenTaal lexicon and keeps doubts for a person to decide.
import { isPersonSlotAfter, hasNotNameEnding } from './name-context.ts';
import {
  CONFIDENCE,
  isAbbreviationCompound,
  isCyrillic,
  isLongCompound,
  isSubjectOfVerbAfter,
  looksLikeName,
  startsClause,
} from './name-shape.ts';
import { AMBIGUOUS_NAMES, FIRST_NAMES, NOT_NAMES, OTHER_PROPER_NOUNS, SURNAMES } from './names/index.ts';
import { dutchLexicon, type DutchLexicon } from './lexicon/dutch-lexicon.ts';
import { isEnglishWord } from './lexicon/english-words.ts';
import { TITLE_WORDS, TUSSENVOEGSELS, isRoleLike } from './name-cues.ts';
import { NameSpanReader, PARTICLE_WRITTEN_ON, SURNAME_ENDING, type NameSpan, type Range } from './read-name-spans.ts';
import { isSpaceGap, type WordToken } from './tokenize-words.ts';
import type { UncertainSpan } from './types.ts';

/** Words that tell a Dutch sentence goes on: "Murie Halil slaat een arm om hem heen". */
const DUTCH_FUNCTION_WORDS = new Set(
  'een de het van in op met om naar voor aan bij uit over zijn haar hem hun ons mijn dat die niet ook en'.split(' '),
);

/** A dash between two surnames, spaced on one side or both: "Reitsma – Bode", "Brendel -Kovács". */
export const SPACED_DASH = /^(?: [-–] ?| ?[-–] )$/;

/** A name the lists or the lexicon know, no place or non-name; "Feij- Schriemer" when both parts are. */
function isProperNameWord(token: WordToken, lexicon: DutchLexicon): boolean {
  if (!/^\p{Lu}\p{Ll}+(?:- ?\p{Lu}\p{Ll}+)?$/u.test(token.text)) return false;
  const parts = token.folded.includes('-') ? token.folded.split('-') : [token.folded];
  return parts.every(
    (folded) =>
      !NOT_NAMES.has(folded) &&
      !lexicon.isPlace(folded) &&
      (lexicon.isProperName(folded) || FIRST_NAMES.has(folded) || SURNAMES.has(folded)),
  );
}

export class ShapeNameReader extends NameSpanReader {
  protected readonly lexicon: DutchLexicon = dutchLexicon();

  constructor(
    tokens: WordToken[],
    blockedRanges: readonly Range[],
    private readonly uncertain: UncertainSpan[],
  ) {
    super(tokens, blockedRanges);
  }

  /**
   * A run of capitalised words that are no Dutch words and no places: "Wendeline Kloosterboer",
   * "A. Melissant", "Ysolde Brinkhorst". Two such words are a name; one alone is a name where a person
   * stands ("door Seppe", "Verheggen vertelt") and otherwise a doubt for a person to decide.
   */
  protected nameFromShape(i: number, text: string): NameSpan | undefined {
    let j = i;
    while (this.isInitial(j)) j++;
    const hadInitials = j > i;
    // "Tea van Rijswijk": a given name the OpenTaal list knows, though a word too, before a surname with particles.
    if (!hadInitials && this.isNameShaped(i) && this.isGivenName(i) && this.tokens[i]!.capitalised) {
      const surname = this.readSurname(i + 1, 'any', true);
      if (surname && isSpaceGap(this.tokens[i + 1]!.gapBefore)) return { first: i, last: surname.last };
    }
    const start = j;
    const cores: number[] = [];
    for (; j < this.tokens.length; j++) {
      const token = this.tokens[j]!;
      if (this.blocked[j] || this.taken[j]) break;
      if (j > start && !isSpaceGap(token.gapBefore) && !(cores.length > 0 && /^ [-–] $/.test(token.gapBefore))) break;
      // "Danica Brouwer van De Gouwzee": after a given name and a surname, "van" and a capitalised article or a
      // place start something else ("Baukje Marye van Seggeren" is one name).
      const wordAfter = this.tokens[j + 1];
      const elsewhere =
        wordAfter !== undefined &&
        ((wordAfter.capitalised && this.isParticle(wordAfter)) || this.lexicon.isPlace(wordAfter.folded));
      const fullName = cores.length >= 2 && !FIRST_NAMES.has(this.tokens[cores.at(-1)!]!.folded) && elsewhere;
      if (cores.length > 0 && !fullName && this.isParticle(token) && wordAfter?.capitalised) continue;
      // "Farouk el Kodady", "Mimount Azdad el Meskine": an Arabic particle in lower case after a given name, or a
      // given name and a surname.
      if ((cores.length === 1 || cores.length === 2) && this.isLowercaseArabicParticleAfterName(j)) continue;
      // "Teus Komejan Ninetta Sheikkariem", "Rien Akkermans Tea van Rijswijk": on a list typed without commas,
      // after a given name and a surname a listed given name starts the next person.
      // (A surname the OpenTaal list knows, "Grijpma", is no given name here: only the lists' given names are.)
      if (cores.length >= 2 && !FIRST_NAMES.has(this.tokens[cores.at(-1)!]!.folded) && this.isGivenName(j)) {
        if (this.nameGoesOnAt(j + 1)) break;
      }
      // "Meint van Schepen": after a given name and a particle, a title is the surname.
      const afterParticle = cores.length === 1 && j > cores[0]! + 1 && this.isParticle(this.tokens[j - 1]);
      if (afterParticle && /^\p{Lu}\p{Ll}+$/u.test(token.text) && TITLE_WORDS.has(token.folded)) {
        if (!this.tokens[j + 1]?.capitalised) cores.push(j);
        break;
      }
      if (looksLikeName(token, this.lexicon) || this.isProperNamePair(j, cores.length)) cores.push(j);
      // "Hanne Demeulemeester", "Severine Dubois": a given name the list holds only as a capitalised entry, before
      // a surname that is no word at all.
      else if (cores.length === 0 && this.isGivenNameEntryBeforeSurname(j)) cores.push(j);
      // "Krista Robben", "Bamber Delver": after a name, a capitalised surname that is also a word.
      else if (cores.length === 1 && this.isSurnameWord(j, cores[0]!)) cores.push(j);
      else break;
    }
    // Four capitalised words without a particle are two people, not one ("Teus Komejan Ninetta Sheikkariem").
    if (cores.length >= 4 && cores.every((core, n) => n === 0 || core === cores[n - 1]! + 1)) cores.length = 2;
    const last = cores.at(-1);
    if (last === undefined || cores[0] !== start) return undefined;
    // "Nkechi Adebayo" where the lists already took "Adebayo": the unknown word before is its given name.
    // ("Schoolkok Ellen Barink": not before a listed given name, where a name starts.)
    const takenGiven = FIRST_NAMES.has(this.tokens[j]?.folded ?? '') && this.isRoleWord(i);
    if (
      cores.length === 1 &&
      this.taken[j] &&
      !takenGiven &&
      this.tokens[j]?.capitalised &&
      isSpaceGap(this.tokens[j]!.gapBefore)
    ) {
      while (this.taken[j + 1] && this.tokens[j + 1]?.capitalised && isSpaceGap(this.tokens[j + 1]!.gapBefore)) j++;
      return { first: i, last: j };
    }
    // "Schoolkok Ellen Barink", "Jurylid Nolda Egberts": a word no list knows before a listed given name
    // is a role; the name starts at the given name.
    if (cores.length >= 2 && !hadInitials && this.isRoleWord(i) && FIRST_NAMES.has(this.tokens[cores[1]!]!.folded)) {
      this.doubt({ first: i, last: i }, CONFIDENCE.sentenceStart);
      return { first: cores[1]!, last };
    }
    const span = { first: i, last };
    const token = this.tokens[i]!;
    // "When Ethan …", "Ailemiz Rotterdam'a": a sentence's first word of another language before a name.
    // Only where the words after it are no Dutch either: "Tymo Fens (St. Annaschool)" is a name.
    const foreignWord = (t: WordToken | undefined) =>
      t !== undefined && !t.capitalised && isSpaceGap(t.gapBefore) && !this.lexicon.isWord(t.folded);
    // ("Murie Halil slaat een arm om": one unknown verb form, then Dutch again.)
    const dutchAfter = DUTCH_FUNCTION_WORDS.has(this.tokens[last + 2]?.folded ?? '');
    const foreignAfter = foreignWord(this.tokens[last + 1]) && !dutchAfter;
    if (
      startsClause(token) &&
      cores.length >= 2 &&
      !this.isKnownName(i) &&
      this.isKnownName(cores[1]!) &&
      foreignAfter
    ) {
      return undefined;
    }
    if (cores.length >= 2 || hadInitials) {
      // "Positive Behavior Support": the tail of a longer run of capitals is a thing's name.
      const before = this.tokens[i - 1];
      // ("Secrataris Lilly Hulzink": after a role word, however typed, a person.)
      const afterName = this.taken[i - 1] === true || (before !== undefined && isRoleLike(before.folded));
      if (!hadInitials && !afterName && before?.capitalised && !before.sentenceStart && isSpaceGap(token.gapBefore)) {
        return this.doubt(span, CONFIDENCE.thingSlot);
      }
      // "de Vrije Academie": after an article a run of capitals is a thing's name.
      // "uit handen van Hannelore Bruggeman": a known given name first makes it a person after all.
      // "het artikel van Michaja Langelaan": so does a known surname last.
      // ("de voorstelling van Ritsko van Fliet": a lower-case tussenvoegsel between two such words makes a person's
      // name, after "van" too; after "in" or "naar" it may be a place's: "in Nederhorst den Berg".)
      const particleInside = this.tokens.slice(i + 1, last).some((t) => !t.capitalised && TUSSENVOEGSELS.has(t.folded));
      const afterVan = this.tokens[i - 1]?.text === 'van';
      if (
        !token.sentenceStart &&
        !isPersonSlotAfter(this.tokens[i - 1]) &&
        !afterName &&
        !(particleInside && afterVan) &&
        !this.isKnownName(i) &&
        !this.isKnownName(last)
      ) {
        return this.doubt(span, CONFIDENCE.thingSlot);
      }
      return span;
    }
    // "Kleuterjuffen Trui Plovie", "juryvoorzitter Grietsje Stegenga": after a role, a capitalised word before the
    // surname is the given name even when it is a Dutch word too.
    const given = this.tokens[i - 1];
    if (
      given !== undefined &&
      isSpaceGap(token.gapBefore) &&
      isSpaceGap(given.gapBefore) &&
      /^\p{Lu}\p{Ll}+$/u.test(given.text) &&
      this.isNameShaped(i - 1) &&
      isRoleLike(this.tokens[i - 2]?.folded ?? '')
    ) {
      return { first: i - 1, last: i };
    }
    const next = this.tokens[i + 1];
    if (/^\s+\d/.test(text.slice(token.end, token.end + 3))) return undefined;
    if (startsClause(token)) {
      // "Roos is haar lievelingsbloem": a name that is also a word is left to the lists' rules.
      if (AMBIGUOUS_NAMES.has(token.folded)) return this.doubt(span, CONFIDENCE.sentenceStart);
      if (isSubjectOfVerbAfter(this.tokens, i, this.lexicon)) return span;
      // "Niesje: ‘Wij bieden …’": a speaker before a colon and a quote.
      if (/^: ?(?:,,|["“„'‘])/.test(text.slice(token.end, token.end + 4))) return span;
      // "Groetjes. Eveline.": a listed name standing alone as a sentence.
      const alone = next === undefined || next.sentenceStart;
      if (alone && /^[.!]?\s*$/.test(text.slice(token.end, token.end + 2)) && this.isKnownName(i)) return span;
      if (this.startsEnglishSentence(i)) return undefined;
      return this.doubt(span, CONFIDENCE.sentenceStart);
    }
    // ("gaat Riccardo VMBO-tl doen": an abbreviation after it says nothing of a thing's name.)
    const capitalAfter = next !== undefined && next.capitalised && !next.allCaps && !isAbbreviationCompound(next);
    if (capitalAfter && isSpaceGap(next.gapBefore)) return this.doubt(span, CONFIDENCE.thingSlot);
    // "gepest door Seppe": a name the OpenTaal list knows is redacted; a word no list has is a doubt.
    if (isPersonSlotAfter(this.tokens[i - 1])) {
      return this.isKnownName(i) || isCyrillic(token) ? span : this.doubt(span, CONFIDENCE.unknownWord);
    }
    return this.doubt(span, CONFIDENCE.thingSlot);
  }

  /**
   * "Rien Akkermans": two names the OpenTaal list gives a genitive, side by side, are a person even
   * when both are words too ("rien", "akkermans").
   */
  protected isProperNamePair(j: number, coresSoFar: number): boolean {
    if (coresSoFar > 1) return false;
    const other = coresSoFar === 0 ? j + 1 : j - 1;
    const [a, b] = [this.tokens[Math.min(j, other)], this.tokens[Math.max(j, other)]];
    if (!a || !b || !isSpaceGap(b.gapBefore) || this.blocked[other] || this.taken[other]) return false;
    return isProperNameWord(a, this.lexicon) && isProperNameWord(b, this.lexicon);
  }

  /** "Schoolkok", "Jurylid": Dutch words written together, no name (unlike "Murie" in "Murie Halil"). */
  protected isRoleWord(i: number): boolean {
    const folded = this.tokens[i]?.folded ?? '';
    if (this.isKnownName(i)) return false;
    // Two listed words of four and three letters or more ("school" + "kok"), stricter than isCompound.
    for (let cut = 4; cut <= folded.length - 3; cut++) {
      if (this.lexicon.isListedWord(folded.slice(0, cut)) && this.lexicon.isListedWord(folded.slice(cut))) return true;
    }
    return false;
  }

  /** A capitalised word after a given name that can be a surname even though it is a word. */
  protected isSurnameWord(j: number, givenIndex = j - 1): boolean {
    const token = this.tokens[j];
    const given = this.tokens[givenIndex];
    if (!token || !given || !this.isNameShaped(j)) return false;
    // "Boukje Tuin-Marring": a double surname whose first part is a word; the other part is no word.
    if (/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(token.text)) {
      const parts = token.folded.split('-');
      const oneName = parts.some((part) => !this.lexicon.isWord(part) || SURNAMES.has(part));
      if (!oneName || parts.some((part) => this.lexicon.isPlace(part) || isRoleLike(part))) return false;
      return this.isKnownName(givenIndex) || !this.lexicon.isWord(given.folded);
    }
    if (!/^\p{Lu}\p{Ll}+$/u.test(token.text)) return false;
    // "Aniek van Hees", "Ineke van Uden", "Debita Zwanenburg": after a known given name a village's name is a
    // surname too (the hand list of cities and organisations still is not).
    const knownGiven = FIRST_NAMES.has(given.folded) || this.lexicon.isProperName(given.folded);
    if (this.lexicon.isPlace(token.folded) && !knownGiven) return false;
    if (OTHER_PROPER_NOUNS.has(token.folded)) return false;
    // ("Heerko Kloosterhuis", "Anna Oosterdam": the place-like endings that keep "Buurthuis" from being a name
    // alone are common surname endings after a given name.)
    // (Only after a word as short as given names are: "Lindenberg Cultuurhuis" is a venue.)
    const givenLike = knownGiven || given.folded.length <= 7;
    if (hasNotNameEnding(token.folded) && !(givenLike && SURNAME_ENDING.test(token.folded))) return false;
    return this.isKnownName(givenIndex) || !this.lexicon.isWord(given.folded);
  }

  /** A Dutch word as listed, or its plural or -s form, or a long compound, and no name: "scala", "ochtends". */
  protected isPlainWord(folded: string): boolean {
    if (this.lexicon.isProperName(folded) || FIRST_NAMES.has(folded)) return false;
    const listed = (word: string) => this.lexicon.isListedWord(word);
    return (
      listed(folded) ||
      (folded.endsWith('s') && listed(folded.slice(0, -1))) ||
      (folded.endsWith('en') && listed(folded.slice(0, -2))) ||
      isLongCompound(folded, this.lexicon)
    );
  }

  /**
   * "When we moved …", "Our daughter …", "Honestly the meeting …": a story written in English starts its
   * sentences with English words, not with names. Only for a word Dutch does not have, followed by words that
   * are all English (or hold one Dutch does not have), so "Summer is een …" in a Dutch story stays a doubt;
   * never for a name the lists know.
   */
  protected startsEnglishSentence(i: number): boolean {
    const token = this.tokens[i]!;
    if (this.isKnownName(i) || this.lexicon.isWord(token.folded) || !isEnglishWord(token.folded)) return false;
    const after = this.tokens.slice(i + 1, i + 4).filter((t) => !t.capitalised);
    const english = after.filter((t) => isEnglishWord(t.folded));
    const onlyEnglish = english.some((t) => !this.lexicon.isWord(t.folded));
    return onlyEnglish || (after.length >= 2 && english.length === after.length);
  }

  private isGivenNameEntryBeforeSurname(j: number): boolean {
    const token = this.tokens[j]!;
    const next = this.tokens[j + 1];
    if (!this.lexicon.isCapitalisedEntry(token.folded) || !/^\p{Lu}\p{Ll}+$/u.test(token.text)) return false;
    // (Given names are short and no compound: "Nutsschool Morgenstond", "Jeugdlintjes Ruud" are not.)
    if (token.folded.length > 9 || this.isRoleWord(j)) return false;
    // ("Woerdense Jeugdlintjes": a place's adjective.)
    if (token.folded.endsWith('se') && this.lexicon.isPlace(token.folded.slice(0, -2))) return false;
    if (!next || !isSpaceGap(next.gapBefore) || !this.isNameShaped(j + 1) || !this.isNameShaped(j)) return false;
    return looksLikeName(next, this.lexicon) && !this.isGivenName(j + 1) && !this.lexicon.isProperName(next.folded);
  }

  /** A known place that no surname list holds: "Gent", "Peize", "Onstwedde" (not "Hulst", "Doorn"). */
  protected isOnlyPlace(token: WordToken): boolean {
    return this.lexicon.isPlace(token.folded) && !SURNAMES.has(token.folded);
  }

  /** Listed as a given name or surname, here or in the OpenTaal list. */
  protected isKnownName(i: number): boolean {
    const folded = this.tokens[i]?.folded ?? '';
    return this.isListedName(i) || this.lexicon.isProperName(folded);
  }

  protected isListedName(i: number): boolean {
    const folded = this.tokens[i]?.folded ?? '';
    return FIRST_NAMES.has(folded) || SURNAMES.has(folded);
  }

  /** Keeps a guess too weak to redact for a person to decide. */
  protected doubt(span: NameSpan, confidence: number): undefined {
    const first = this.tokens[span.first];
    const last = this.tokens[span.last];
    if (first && last) this.uncertain.push({ type: 'PERSON', start: first.start, end: last.end, confidence });
    return undefined;
  }

  /** "Anne-Wil Zwartenkot - de Graaf": a second surname after a spaced dash. */
  protected doubleSurnameAfter(last: number): number {
    const next = this.tokens[last + 1];
    // "Margreet Hoogakker-Van der Kleij": the second surname's particle written onto the first.
    if (PARTICLE_WRITTEN_ON.test(this.tokens[last]!.text)) {
      let p = last + 1;
      while (this.isParticle(this.tokens[p]) && isSpaceGap(this.tokens[p]!.gapBefore)) p++;
      if (isSpaceGap(this.tokens[p]?.gapBefore ?? '') && this.isNameShaped(p)) return p;
    }
    // "Réka Brendel -Kovács", "Jacqueline Reitsma – Bode": the dash spaced on one side or both.
    if (!next || !SPACED_DASH.test(next.gapBefore) || this.blocked[last + 1] || this.taken[last + 1]) return last;
    const surname = this.readSurname(last + 1, 'any');
    if (surname) return surname.last;
    if (!this.isNameShaped(last + 1)) return last;
    // "Jan Bos – Piet Smit": a given name with a name after it is the next person.
    if (FIRST_NAMES.has(next.folded) && this.nameGoesOnAt(last + 1 + 1)) return last;
    // Only after a full name: "Senna – Tallulah" are two children.
    const previous = this.tokens[last - 1];
    const full =
      previous !== undefined &&
      (this.isNameShaped(last - 1) ||
        this.isParticle(previous) ||
        previous.text === 'het' ||
        /^\p{Lu}$/u.test(previous.text)) &&
      /^\.? $/.test(this.tokens[last]!.gapBefore);
    if (full && looksLikeName(next, this.lexicon)) return last + 1;
    // After a given name and a surname, a capitalised word that ends the clause is the second surname even when
    // it is a word too ("Reitsma – Bode en …", "Verhoeff – Groenleer,"); not a place, a role or a heading that
    // a sentence follows ("Jansen – Welkom bij …").
    const after = this.tokens[last + 2];
    const clauseEnds =
      after === undefined || !isSpaceGap(after.gapBefore) || after.capitalised || after.folded === 'en';
    const surnameWord = /^\p{Lu}\p{Ll}+$/u.test(next.text) && !this.lexicon.isPlace(next.folded);
    return full && clauseEnds && surnameWord ? last + 1 : last;
  }
}
