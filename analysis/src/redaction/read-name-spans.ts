import { KIN_WORDS, NAME_PARTICLES, TITLE_WORDS, TUSSENVOEGSELS, isRoleWord } from './name-cues.ts';
import {
  AMBIGUOUS_NAMES,
  COMMON_FIRST_NAMES,
  FIRST_NAMES,
  LOWERCASE_NON_NAMES,
  LOWERCASE_WORD_NAMES,
  NOT_NAMES,
  OTHER_PROPER_NOUNS,
  SURNAME_NOUNS,
  SURNAMES,
  foldName,
} from './names/index.ts';
import { dutchLexicon } from './lexicon/dutch-lexicon.ts';
import { hasNotNameEnding, isSentenceWord } from './name-context.ts';
import { isAbbreviationCompound, isLongCompound, isSeparableVerb, looksLikeName } from './name-shape.ts';
import { isSpaceGap, type WordToken } from './tokenize-words.ts';

const isDutchWord = (folded: string) => {
  const lexicon = dutchLexicon();
  return lexicon.isListedWord(folded) && !lexicon.isProperName(folded);
};
/** "treedt", "afgemeld": a form the lexicon derives from a listed word, no name. */
const isInflectedDutchWord = (folded: string) => {
  const lexicon = dutchLexicon();
  return lexicon.isWord(folded) && !lexicon.isProperName(folded);
};

/**
 * Heads of the names of schools, institutions and teams ("Margrietschool", "Reddingsbrigade", "Johan de Witt
 * Scholengroep"), and of streets named after people ("Van Neercasselstraat", "Gerard Doustraat", "Willem de Vries
 * Robbéweg"): "-steeg", "-weg" and the like after four letters at least ("Van der Steeg" stays a surname);
 * "-laan" is left out, as surnames end in it ("Langelaan", "Verlaan").
 */
const THING_HEAD =
  /(?:school|skoalle|schoele|college|lyceum|instituut|academie|brigade|vereniging|stichting|bibliotheek|museum|hotel|kazerne|scholen|verenigingen|stichtingen|instituten|scholengroep|scholengemeenschap|atheneum|gymnasium|kindcentrum|\p{L}{2}(?:straat|straatje|straatweg|plein|gracht|kade|singel)|\p{L}{4}(?:steeg|dreef|weg|pad)|\p{L}{3}lei)$/u;
/** Given names that are everyday words ("elke", "alle", "lieve", "dan"), read as names only after a form of address. */
const NAMES_AFTER_ADDRESS_ONLY = new Set(['elke', 'alle', 'lieve', 'dan']);

/** What an alderman or a schepen is "van": "wethouder Hoogstraten van Jeugd en Onderwijs". */
export const PORTFOLIO =
  /^(?:onderwijs|jeugd|jeugdzaken|sport|cultuur|zorg|welzijn|financien|economie|wonen|verkeer|milieu|armoede|werk|gezondheid|integratie)$/;
/** "Herderschool", "Aurum College": the head word of a school's or an institution's name. */
export function isInstitutionWord(folded: string): boolean {
  return THING_HEAD.test(folded);
}
// ("Eefke van Hartingsveldt": an old spelling, "-dt" or "-ck" at the end, is a surname's, not a compound's.)
function isNameOfThing(folded: string): boolean {
  if (THING_HEAD.test(folded)) return true;
  return isLongCompound(folded, dutchLexicon()) && !dutchLexicon().isProperName(folded) && !/(?:dt|ck)$/.test(folded);
}

export interface Range {
  start: number;
  end: number;
}

/** Token indices of one name, both inclusive. */
export interface NameSpan {
  first: number;
  last: number;
}

export interface ReadMode {
  /** Accept a lower-case first name from the lists ("mijn zoon daan"). */
  lowercase: boolean;
  /** Accept a capitalised word that is in no list ("mijn dochter Xyla"). */
  unknown: boolean;
  /** Accept "van" + unknown word as a surname (after "meneer"), not after "moeder" (= whose mother). */
  unknownSurname: boolean;
  /** Accept a lower-case listed surname ("meneer bakker"), not after "ik ben" ("ik ben kok"). */
  lowercaseSurname?: boolean;
  /** After a title or a role: a long compound is a surname there ("pastoor Latijnhouwers"). */
  afterTitle?: boolean;
}

/** A second surname's particle written onto the first: "Hoogakker-Van", "Wortman-van". */
export const PARTICLE_WRITTEN_ON = /-(?:van|de|den|der|ter|te|op)$/i;

/** Endings of places and buildings that Dutch surnames share: Kloosterhuis, Verdam, Boswijk, Oosterhoven. */
export const SURNAME_ENDING = /(?:huis|dam|wijk|kerk|burg|dorp|hoven|zijl|woude)$/;

/** "'t Gooi", "Ten Boer", "den Haag": a place, with the particle written before it or not. */
function isPlaceAfterParticle(particle: WordToken, core: WordToken): boolean {
  const lexicon = dutchLexicon();
  return lexicon.isPlace(core.folded) || lexicon.isPlace(`${particle.folded} ${core.folded}`);
}

/** Prepositions that open a Dutch tussenvoegsel before 't, den, ten or ter: "op ’t", "in 't", "uit den". */
const PREPOSITION_PARTICLES = new Set(['op', 'in', 'uit', 'aan', 'bij', 'onder', 'voor', 'over']);

const MAX_NAME_WORDS = 4;
/** Initials of two or three letters, as Dutch writes them: "A.Th. van Rijnberk", "Th.B. Sweers", "IJ. de Vries", "Tj. de Jong". */
const INITIAL_DIGRAPHS = new Set(['Th', 'Ph', 'Ch', 'Chr', 'IJ', 'Sj', 'Tj']);
/** "v.d.", "v. d.", "v/d", "vd.", "v." as the tokenizer keeps them, and "v.d", "vd", "v" typed without a full stop. */
const ABBREVIATED_TUSSENVOEGSEL = /^v(?:\.|\. ?d\.?|\/d|d\.?)?$/;

export const CUE: ReadMode = { lowercase: true, unknown: true, unknownSurname: true };
/** After a form of address: "meneer Bakker", "mevrouw van Dijk", "juf bakker". */
export const HONORIFIC: ReadMode = { ...CUE, lowercaseSurname: true };
export const KIN: ReadMode = { lowercase: true, unknown: true, unknownSurname: false };
export const LEXICON: ReadMode = { lowercase: false, unknown: false, unknownSurname: false };
/** A capitalised word the context marks as a name, though no list has it: "voor Nouri". */
export const GUESS: ReadMode = { lowercase: false, unknown: true, unknownSurname: false };

/**
 * "Selimiye-moskee", "Sjors Sportief-tekenwedstrijd": a compound whose last part is a lower-case word is a thing
 * ("Stolker-van Reeuwijk" goes on with a tussenvoegsel).
 */
export function isThingCompound(token: WordToken): boolean {
  if (!token.text.includes('-')) return false;
  // ("IB-taken", "VMBO-tl", "Directeur-bestuurder": an abbreviation's or a role's compound is none.)
  const tail = /^\p{Lu}\p{Ll}+-(\p{Ll}+)$/u.exec(token.text)?.[1];
  return tail !== undefined && !TUSSENVOEGSELS.has(tail) && !isRoleWord(token.folded);
}

/** In the list, or hyphenated with a listed part: "Jan-Willem", "Mohammed-Amin", "Schmidt-Bakker". */
export function isListed(list: ReadonlySet<string>, token: WordToken): boolean {
  if (list.has(token.folded)) return true;
  if (!token.folded.includes('-') || !token.capitalised) return false;
  const parts = token.text.split(/-\s?/);
  return parts.every((part) => /^\p{Lu}/u.test(part)) && parts.some((part) => list.has(foldName(part)));
}

/**
 * Reads how far a name reaches once its first word is known: initials, tussenvoegsels, given names and
 * surnames. Tokens that are `blocked` (e-mail, known names …) or already `taken` by a name are skipped.
 */
export class NameSpanReader {
  protected readonly blocked: boolean[];
  protected readonly taken: boolean[];

  constructor(
    protected readonly tokens: WordToken[],
    blockedRanges: readonly Range[],
  ) {
    this.blocked = tokens.map(() => false);
    for (const range of blockedRanges) {
      tokens.forEach((t, i) => {
        if (t.start < range.end && range.start < t.end) this.blocked[i] = true;
      });
    }
    this.taken = tokens.map(() => false);
  }

  /** Reads initials, tussenvoegsels, a core name and following surname parts from token j. */
  protected readName(j: number, mode: ReadMode): NameSpan | undefined {
    let k = j;
    while (this.isInitial(k)) k++;
    const hadInitials = k > j;
    const core = this.tokens[k];
    if (!core || this.blocked[k] || this.taken[k]) return undefined;

    // After initials a tussenvoegsel opens a surname, listed or not: "A.Th. van Rijnberk", "S. van den Hurk".
    const surname = this.readSurname(
      k,
      mode.unknownSurname || hadInitials ? 'any' : 'capitalisedParticle',
      false,
      mode.lowercaseSurname === true,
    );
    if (surname) return { first: j, last: surname.last };
    if (!core.capitalised) {
      // "meneer bakker" in lower-case text: after a form of address a listed surname too, or a word no list holds
      // ("de heer walraven", "juf kloosterboer").
      const unlisted =
        core.folded.length >= 5 &&
        /^\p{Ll}+$/u.test(core.text) &&
        !dutchLexicon().isWord(core.folded) &&
        !isSeparableVerb(core.folded, dutchLexicon());
      const surnameOk =
        mode.lowercaseSurname === true && (SURNAMES.has(core.folded) || unlisted) && !NOT_NAMES.has(core.folded);
      const lowercaseOk = mode.lowercase && (this.isLowercaseFirstName(core, true) || surnameOk);
      return !hadInitials && lowercaseOk ? { first: j, last: k } : undefined;
    }
    const listed = isListed(FIRST_NAMES, core) || isListed(SURNAMES, core);
    // "de kinderen Turkse les geven": a people or place word is no unknown name.
    // "schooldirecteur Gelderlandschool": a school's name after a title is no person.
    // After initials a word that is no Dutch word is the surname, even a place's name or one with a place's
    // ending: "G. Heijnen", "S. Bronkhorst", "H. Muilwijk".
    const lexicon = dutchLexicon();
    // So is a Dutch word of five letters or more that no sentence opens with: "D.L. Daalder", "E. Altena", "B.J.
    // Dubbeldam" ("N.B. Verder …" is a note, "Mohamed B. Tevens …" a new sentence).
    const nameCased = /^\p{Lu}\p{Ll}+$/u.test(core.text);
    const surnameAfterInitials =
      looksLikeName(core, lexicon) ||
      lexicon.isPlace(core.folded) ||
      (nameCased && SURNAME_ENDING.test(core.folded) && !lexicon.isWord(core.folded)) ||
      (nameCased &&
        core.folded.length >= 5 &&
        !isSentenceWord(core.folded) &&
        (!hasNotNameEnding(core.folded) || SURNAME_ENDING.test(core.folded)));
    // ("de kinderen Bijbelverhalen": a long compound of Dutch words is a thing, unless initials or a title come
    // before it: "A. Hoppenbrouwers", "meester Nieuwenhuizen", "pastoor Latijnhouwers".)
    // ("Coördinator Voorleesexpress Maarten Spaan": not before a given name.)
    const givenAfter = FIRST_NAMES.has(this.tokens[k + 1]?.folded ?? '') && this.tokens[k + 1]!.capitalised;
    const titled = (mode.unknownSurname || mode.afterTitle === true) && !givenAfter;
    const thing = isLongCompound(core.folded, lexicon) && !hadInitials && !titled;
    const unknownOk =
      (mode.unknown || (hadInitials && surnameAfterInitials)) &&
      !OTHER_PROPER_NOUNS.has(core.folded) &&
      !isInstitutionWord(core.folded) &&
      !thing;
    // ("juf Elke", "meester Alle": after a form of address a given name that is a word no name has elsewhere.)
    const addressedGiven =
      mode.lowercaseSurname === true &&
      /^\p{Lu}\p{Ll}+$/u.test(core.text) &&
      NAMES_AFTER_ADDRESS_ONLY.has(core.folded) &&
      !this.blocked[k] &&
      !this.taken[k];
    const acceptable = (this.isNameShaped(k) && (listed || unknownOk)) || addressedGiven;
    if (!acceptable) return undefined;
    // After initials the core is the surname, so a Dutch word after it ends the name ("Mevr. J. Kuipers-Wever
    // Namens de geleding …").
    return { first: j, last: this.extendSurname(k, !hadInitials) };
  }

  /**
   * "van der Meer", "El Amrani", "de Vries": particles, then a capitalised surname. `unknown` says
   * when a surname missing from the lists counts: never, after a capitalised particle ("De Wolff"),
   * or always (after a title or a given name). `afterAddress`: a form of address comes first ("meneer de Ridder").
   */
  protected readSurname(
    k: number,
    unknown: 'listed' | 'capitalisedParticle' | 'any',
    afterGivenName = false,
    afterAddress = false,
  ): NameSpan | undefined {
    let p = k;
    // ("van het Ende": "het" only after "van".)
    const particleAt = (i: number) =>
      this.isParticle(this.tokens[i]) ||
      (i > k && this.tokens[i]?.text === 'het' && this.tokens[i - 1]?.folded === 'van');
    // "Wilfried op ’t Roodt", "Erik in 't Veld", "Kees uit den Bogaard": after a given name a preposition opens the
    // tussenvoegsel when 't, den, ten or ter follows and no place ("Erik op de Veluwe", "Sara in 't Gooi": where
    // they are).
    const afterPreposition = this.tokens[k + 2];
    if (
      afterGivenName &&
      PREPOSITION_PARTICLES.has(this.tokens[k]?.text ?? '') &&
      /^(?:['’]t|den|ten|ter)$/.test(this.tokens[k + 1]?.text ?? '') &&
      isSpaceGap(this.tokens[k + 1]!.gapBefore) &&
      afterPreposition !== undefined &&
      (SURNAMES.has(afterPreposition.folded) || !isPlaceAfterParticle(this.tokens[k + 1]!, afterPreposition))
    )
      p++;
    while (particleAt(p) && isSpaceGap(this.tokens[p + 1]?.gapBefore ?? '')) p++;
    // "Geertjan te Poele", "Tom te Kloeze": "te" is a tussenvoegsel only right after a given name and
    // before a capitalised word that is no place or everyday word ("Jan te Amsterdam" is where Jan is).
    if (p === k && afterGivenName && this.tokens[k]?.text === 'te') {
      const after = this.tokens[k + 1];
      // ("Marieke te Beek": a place that is a surname too.)
      const listedSurname = after !== undefined && SURNAMES.has(after.folded);
      const surnameLike = after !== undefined && (listedSurname || !isDutchWord(after.folded));
      if (
        after &&
        isSpaceGap(after.gapBefore) &&
        after.capitalised &&
        surnameLike &&
        (listedSurname || !dutchLexicon().isPlace(after.folded))
      )
        p++;
    }
    if (p === k) return undefined;
    const core = this.tokens[p];
    // ("juf Janneke van het Taal Expertise Centrum", "Alicia van het Wolfert Borselen": after "van het" only a
    // listed surname; anything else is where the person is from.)
    const afterHet = this.tokens[p - 1]?.text === 'het';
    if (afterHet && core && !SURNAMES.has(core.folded)) return undefined;
    // "S. DE VRIES" in a heading in capitals: a listed surname, its particles in capitals too.
    // ("IN DE BOER ZIJN WINKEL": a surname that is a noun needs initials before it.)
    const capitals =
      core?.allCaps === true &&
      this.tokens[k]!.allCaps &&
      SURNAMES.has(core.folded) &&
      (this.isInitial(k - 1) || !SURNAME_NOUNS.has(core.folded));
    if (!core || !core.capitalised || (core.allCaps && !capitals) || this.blocked[p] || this.taken[p]) return undefined;
    if (capitals) return { first: k, last: p };
    // "Harm Jan Veenstra van ReadShop": a brand's inner capital, no surname's ("McCardle", "DeVries" are).
    if (/^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(core.text) && !/^(?:Mc|Mac|D[aei]|L[ae]|Van|Ver)\p{Lu}/u.test(core.text))
      return undefined;
    // "burgemeester Melis van de Groep": after a given name and "van de", even a word like "Groep"; so after "de"
    // alone ("Marjonne de Niet").
    const particles = p >= k + 2 || this.tokens[k]?.text === 'de';
    if (afterGivenName && particles && /^\p{Lu}\p{Ll}+$/u.test(core.text) && NOT_NAMES.has(core.folded)) {
      return { first: k, last: p };
    }
    // "Meint van Schepen": so is a title, unless a name follows it ("Sem van Meester Jan").
    const titleSurname = afterGivenName && /^\p{Lu}\p{Ll}+$/u.test(core.text) && TITLE_WORDS.has(core.folded);
    if (titleSurname && !this.tokens[p + 1]?.capitalised) return { first: k, last: p };
    // "Meester Paardenpoep van Carry Slee": after a bare "van", a given name and a surname are a person of
    // their own (the book's writer), not this name's surname.
    const afterCore = this.tokens[p + 1];
    // ("Annelies van Eijk Gast: …": a listed surname the OpenTaal list also knows is no writer's given name.)
    const givenCore =
      FIRST_NAMES.has(core.folded) ||
      (dutchLexicon().isProperName(core.folded) && !dutchLexicon().isWord(core.folded) && !SURNAMES.has(core.folded));
    if (
      p === k + 1 &&
      this.tokens[k]?.text === 'van' &&
      givenCore &&
      afterCore &&
      isSpaceGap(afterCore.gapBefore) &&
      this.isNameShaped(p + 1)
    ) {
      return undefined;
    }
    // "de boerderij van Arne", "de klas van Sem": without a given name before it, "van" and a given name that is
    // no surname are whose farm, whose class.
    // ("Julia, en Thijs van Luna": after a given name too, when no surname follows the second given name.)
    const whose = !afterGivenName || !this.tokens[p + 1]?.capitalised;
    if (p === k + 1 && this.tokens[k]?.text === 'van' && whose && FIRST_NAMES.has(core.folded)) {
      if (!SURNAMES.has(core.folded)) return undefined;
    }
    const particleCapitalised = this.tokens[k]?.capitalised === true;
    const listedSurname = isListed(SURNAMES, core);
    const unknownAllowed = unknown === 'any' || (unknown === 'capitalisedParticle' && particleCapitalised);
    // "moeder van Daan" is whose mother, not a surname.
    // "van De Regenboog", "Havo de Hof": a Dutch word after a bare "de" is a thing ("van Dalen" is not).
    // After a given name both are surnames: "Nelleke van Els", "Jenneke van den Dries", "Emiel de Wild".
    // ("T. de Wals", "meneer de Ridder": after initials or a form of address it is the surname.)
    // ("juf De Baar", "kijkt De Poorter verrast op": a capital "De" where a surname is read is the surname's.)
    const bareDe =
      p === k + 1 &&
      this.tokens[k]?.folded === 'de' &&
      !afterGivenName &&
      !afterAddress &&
      !this.isInitial(k - 1) &&
      !(particleCapitalised && unknown === 'any');
    // "De heer Van Hoorn", "juf van Dalen": after a title, or with a capital "Van", a place's name is the surname.
    const placeSurname =
      (unknown === 'any' || particleCapitalised) &&
      !afterGivenName &&
      /^\p{Lu}\p{Ll}+$/u.test(core.text) &&
      dutchLexicon().isPlace(core.folded);
    // "Van der Burg vervolgt", "Van den Steenhoven": a capital "Van" with "der" or "den" opens a surname, even
    // one that is a Dutch word (8 times in 8 in the development sets; "Den Haag", "Op de Bolderik" are places).
    const vanDerSurname =
      particleCapitalised &&
      this.tokens[k]?.folded === 'van' &&
      p === k + 2 &&
      /^(?:der|den)$/.test(this.tokens[k + 1]!.text) &&
      /^\p{Lu}\p{Ll}+$/u.test(core.text);
    const unknownOk =
      unknownAllowed &&
      (this.isNameShaped(p) || placeSurname || vanDerSurname) &&
      (afterGivenName || !FIRST_NAMES.has(core.folded)) &&
      !(bareDe && isDutchWord(core.folded));
    if (!listedSurname && !unknownOk) return undefined;
    const last = this.extendSurname(p, false);
    // "Mas van de Prinses Margrietschool", "Gianni van de Reddingsbrigade": a school or a thing, no surname.
    // Without "van" the given name is the thing's too: "Johan de Witt Scholengroep", "Willem de Vries Robbéweg".
    // (The thing's word may follow the surname, which stops before it: "Prinses Margrietschool".)
    const after = this.tokens[last + 1];
    const thingAfter = after !== undefined && isSpaceGap(after.gapBefore) && after.capitalised ? last + 1 : last;
    // ("Joeri Van Speybroeck Personeelsgeleding": after the surname only a school's or an institution's head
    // word; a long compound there is the list's next heading.)
    // ("Van Lieflandlaan", "Felix de Bethunelaan": after a particle a long "-laan" is a street; "Langelaan" and
    // "Verlaan" need none.)
    const street = (folded: string) => folded.length >= 9 && folded.endsWith('laan') && !SURNAMES.has(folded);
    for (let i = p; i <= thingAfter; i++) {
      const folded = this.tokens[i]!.folded;
      if (i > last ? !isInstitutionWord(folded) : !isNameOfThing(folded) && !street(folded)) continue;
      if (afterGivenName && this.tokens[k]?.folded !== 'van')
        for (let j = k - 1; j <= last; j++) this.blocked[j] = true;
      return undefined;
    }
    return { first: k, last };
  }

  /**
   * Extends a name over following surname parts: "Gerrit Jan Hoekstra", "Sanne de Jong". One
   * tussenvoegsel group, right after the given names ("Mark Weghorst van Ouders" stops at Weghorst),
   * and at most four words, so a list of names does not become one.
   */
  protected extendSurname(last: number, particlesAllowed = true): number {
    let words = 1;
    // Called on a surname ("van de Bergh", after initials): a full name already.
    const fromSurname = !particlesAllowed;
    while (words < MAX_NAME_WORDS) {
      const next = this.tokens[last + 1];
      if (!next || !isSpaceGap(next.gapBefore)) return last;
      const current = this.tokens[last]!;
      const lexicon = dutchLexicon();
      // "Twannie de Ridder": an unknown given name counts too, when it is no Dutch word.
      const given =
        FIRST_NAMES.has(current.folded) ||
        (lexicon.isProperName(current.folded) && !lexicon.isWord(current.folded)) ||
        (current.capitalised && !current.allCaps && looksLikeName(current, lexicon) && !SURNAMES.has(current.folded));
      const afterGivenName = words === 1 && given;
      // "Anja M.G. Schmidt", "Jacqueline B.": initials after a given name belong to the name ("W.Laurijssen M. Bijl":
      // after a surname they start the next person).
      if (words === 1 && !fromSurname && this.isInitial(last + 1)) {
        let k = last + 1;
        while (this.isInitial(k)) k++;
        const surname = this.readSurname(k, 'any', true);
        if (surname) return surname.last;
        if (this.isNameShaped(k) && isSpaceGap(this.tokens[k]!.gapBefore.replace(/^\./, '')))
          return this.extendSurname(k, false);
        return afterGivenName && k === last + 2 ? last + 1 : last;
      }
      // "Omar E., Natacha": so does a closing initial before a comma.
      if (words === 1 && afterGivenName && this.isClosingInitial(last + 1)) return last + 1;
      // "Danica Brouwer van De Gouwzee": after a surname, "van De …" is where the person is from (a second
      // surname writes its particles in lower case: "mw. Jansen v/d Berg").
      const clearlySurname = SURNAMES.has(current.folded) && !FIRST_NAMES.has(current.folded);
      // ("Lonneke Dijkstra van ’t Kockenest": so is "van ’t …", a school or a place.)
      const afterVan = this.tokens[last + 2];
      const capitalParticle =
        afterVan !== undefined &&
        ((afterVan.capitalised && this.isParticle(afterVan)) || /^['’]t$/.test(afterVan.text));
      const fromPlace = clearlySurname && next.folded === 'van' && capitalParticle;
      const surname = particlesAllowed && !fromPlace ? this.readSurname(last + 1, 'any', afterGivenName) : undefined;
      if (surname) return surname.last;
      if (words <= 2 && this.isLowercaseArabicParticleAfterName(last + 1)) return last + 2;
      // "Nadja d'Hondt", "Hélène d’Haese": a Flemish or French surname with its article written on.
      if (words === 1 && given && /^[dD]['’]\p{Lu}\p{Ll}+$/u.test(next.text)) return last + 1;
      // "rector Claire Arts": after a lone given name, a title that is a listed surname too is the surname (2 times
      // in 2 in the development sets), unless a capital follows it.
      const titleAsSurname =
        words === 1 &&
        FIRST_NAMES.has(current.folded) &&
        /^\p{Lu}\p{Ll}+$/u.test(next.text) &&
        TITLE_WORDS.has(next.folded) &&
        SURNAMES.has(next.folded) &&
        !this.tokens[last + 2]?.capitalised;
      if (titleAsSurname && !this.blocked[last + 1] && !this.taken[last + 1]) return last + 1;
      // "Yusuf Hollandaca": a language or place after a name is not its surname; "Rob Schimmel
      // Medezeggenschapsraad": nor a school's or a council's word.
      if (!this.isNameShaped(last + 1) || OTHER_PROPER_NOUNS.has(next.folded) || isNameOfThing(next.folded))
        return last;
      // "Sofie Rens Lian van Beijsterveldt", "Tom Geerts Stan La Haye": in a list without commas, a given
      // name after a surname starts the next person.
      // ("Patty Roos." is one person: after a lone given name the next starts only where a name goes on.)
      const goesOn = this.nameGoesOnAt(last + 2);
      // ("Lisa van Kempen Rien van Beemen", "Harmina Feenstra Sascha Franken": a name the OpenTaal list knows, no
      // surname of ours, counts as given after a surname.)
      const nextGiven =
        FIRST_NAMES.has(next.folded) ||
        ((words >= 2 || fromSurname || clearlySurname) && goesOn && this.isGivenName(last + 1));
      // ("wijlen Arnold Rudy Kelly, die …": after two given names, a last one that ends the name is the surname.)
      const givenNamesOnly =
        words >= 2 && !goesOn && [last, last - 1].every((n) => FIRST_NAMES.has(this.tokens[n]!.folded));
      if ((words >= 2 || (!FIRST_NAMES.has(current.folded) && goesOn)) && nextGiven && !givenNamesOnly) return last;
      if (words >= 2 && this.readSurname(last + 2, 'any') !== undefined) return last;
      // "Hannie Visser Elly Visser", "Elisabeth Bakker Hannie Visser": after a full name, a word followed by a
      // listed surname, or by this name's own surname, is the next person's given name.
      const afterNext = this.tokens[last + 2];
      const nextPersonsSurname =
        afterNext !== undefined &&
        isSpaceGap(afterNext.gapBefore) &&
        afterNext.capitalised &&
        (afterNext.text === current.text || (SURNAMES.has(afterNext.folded) && !FIRST_NAMES.has(afterNext.folded)));
      if (words >= 2 && nextPersonsSurname) return last;
      // "Anke Tacken Ankie Kleuskens Anastasia Evertz": after a given name and a surname, two more capitalised
      // words are the next person (a second given name comes before the surname: "Gerrit Jan Hoekstra").
      const surnameNow = !FIRST_NAMES.has(current.folded) && !TUSSENVOEGSELS.has(this.tokens[last - 1]?.folded ?? '');
      if (words >= 2 && surnameNow && this.isNameShaped(last + 1) && this.isNameShaped(last + 2) && goesOn) return last;
      // "Marcel Rohde Secretaris", "Madelon van de Bergh Lid": after a full name, a Dutch word is a role or
      // a heading.
      // A role word typed wrong ("Sercretaris") or after a hyphen ("Vice-voorzitter") is never a name's part,
      // nor a word before a colon ("Voorzitter: Deborah Datum: …").
      if (isRoleWord(next.folded)) return last;
      // (Not before a quote: "Jo Vandeurzen: “Is er …”" is who speaks.)
      // ("Susan Hendriks Treedt af", "Marieke Afgemeld: Wanda": an inflected form the lexicon derives counts too.)
      const dutch = isDutchWord(next.folded) || isInflectedDutchWord(next.folded);
      const colonAfter = /^\s*:\s*$/.test(this.tokens[last + 2]?.gapBefore ?? '');
      if (colonAfter && dutch && !SURNAMES.has(next.folded)) return last;
      if ((words >= 2 || fromSurname) && dutch && !SURNAMES.has(next.folded)) return last;
      last++;
      words++;
      particlesAllowed = particlesAllowed && FIRST_NAMES.has(next.folded);
    }
    return last;
  }

  /** Token j, after a space, is capitalised or a tussenvoegsel: a name could go on there. */
  protected nameGoesOnAt(j: number): boolean {
    const token = this.tokens[j];
    return token !== undefined && isSpaceGap(token.gapBefore) && (token.capitalised || this.isParticle(token));
  }

  /** A given name by the lists, or a name the OpenTaal list knows that is no surname of ours: "Rien", "Tea". */
  protected isGivenName(i: number): boolean {
    const folded = this.tokens[i]?.folded ?? '';
    return FIRST_NAMES.has(folded) || (dutchLexicon().isProperName(folded) && !SURNAMES.has(folded));
  }

  /** "Xyla Kowalski": a capitalised word right before a surname is its given name. */
  protected withGivenNamesBefore(span: NameSpan): NameSpan {
    let first = span.first;
    const limit = Math.max(0, span.first - 2);
    while (first > limit && isSpaceGap(this.tokens[first]?.gapBefore ?? '') && this.isGivenNameBefore(first - 1))
      first--;
    return { first, last: span.last };
  }

  /** "When Ethan": a sentence's first word is a given name only when a list knows it as a name. */
  private isGivenNameBefore(i: number): boolean {
    const token = this.tokens[i];
    if (!token || !this.isNameShaped(i)) return false;
    // "Ilze van den Hoek", "Tymo Fens" after a colon: a word that is no Dutch word, place or thing.
    return (
      !token.sentenceStart ||
      FIRST_NAMES.has(token.folded) ||
      dutchLexicon().isProperName(token.folded) ||
      looksLikeName(token, dutchLexicon())
    );
  }

  protected isNameShaped(i: number): boolean {
    const token = this.tokens[i];
    if (!token || this.blocked[i] || this.taken[i]) return false;
    return (
      token.capitalised &&
      !token.allCaps &&
      token.text.length >= 2 &&
      !NOT_NAMES.has(token.folded) &&
      // "IB-taken", "MR-lid", "OR-leden": an abbreviation joined to a word; "Sint-Jozef": a saint or a feast.
      !isAbbreviationCompound(token) &&
      !NOT_NAMES.has(token.folded.split('-')[0]!) &&
      !TITLE_WORDS.has(token.folded) &&
      !KIN_WORDS.has(token.folded) &&
      // ("Voorzitter Groepen 4: Mevr. …": a council's heading is no name either.)
      !isRoleWord(token.folded) &&
      !isThingCompound(token) &&
      // ("voorzitter CvB", "lid RvT": a board's abbreviation.)
      !/^\p{Lu}\p{Ll}{1,2}\p{Lu}$/u.test(token.text) &&
      // ("wethouder Jeugd Robbert-Jan van Duijn": an alderman's portfolio.)
      !PORTFOLIO.test(token.folded)
    );
  }

  /** "daan" in lower case; a name that is also a word ("bas", "roos") only after a cue. */
  protected isLowercaseFirstName(token: WordToken, afterCue: boolean): boolean {
    return (
      !token.capitalised &&
      token.folded.length >= 3 &&
      COMMON_FIRST_NAMES.has(token.folded) &&
      !NOT_NAMES.has(token.folded) &&
      !LOWERCASE_NON_NAMES.has(token.folded) &&
      (afterCue || (!AMBIGUOUS_NAMES.has(token.folded) && !LOWERCASE_WORD_NAMES.has(token.folded)))
    );
  }

  protected isParticle(token: WordToken | undefined): boolean {
    if (!token) return false;
    return (
      TUSSENVOEGSELS.has(token.folded) ||
      ABBREVIATED_TUSSENVOEGSEL.test(token.folded) ||
      (token.capitalised && NAME_PARTICLES.has(token.folded))
    );
  }

  /** "Sedra al Kubaisy", "Mohammed el Amrani": a lower-case Arabic particle right after a given name. */
  protected isLowercaseArabicParticleAfterName(j: number): boolean {
    const token = this.tokens[j];
    const next = this.tokens[j + 1];
    return (
      token !== undefined &&
      next !== undefined &&
      /^(?:al|el|ben|bin|ibn|abu|abou|bou)$/.test(token.text) &&
      isSpaceGap(token.gapBefore) &&
      isSpaceGap(next.gapBefore) &&
      next.capitalised &&
      // ("Rania el Mard": after the particle a surname that is a Dutch word too.)
      this.isNameShaped(j + 1) &&
      !dutchLexicon().isPlace(next.folded)
    );
  }

  /** "E." in "Omar E., Natacha": an initial whose full stop is followed by a comma or a closing mark. */
  protected isClosingInitial(i: number): boolean {
    const token = this.tokens[i];
    return (
      token !== undefined &&
      /^\p{Lu}$/u.test(token.text) &&
      isSpaceGap(token.gapBefore) &&
      /^\.[,;:)\]]/.test(this.tokens[i + 1]?.gapBefore ?? '')
    );
  }

  /** "A." in "A. Jansen" or "J.W. de Boer". */
  protected isInitial(i: number): boolean {
    const token = this.tokens[i];
    const next = this.tokens[i + 1];
    return (
      token !== undefined &&
      next !== undefined &&
      !this.blocked[i] &&
      (token.text.length === 1 || INITIAL_DIGRAPHS.has(token.text)) &&
      token.capitalised &&
      // ("Dhr. W.  Averesch": two spaces typed after the full stop.)
      /^\. {0,2}$/.test(next.gapBefore)
    );
  }
}
