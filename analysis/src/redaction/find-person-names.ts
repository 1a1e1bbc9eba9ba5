import {
  ABBREVIATED_TITLES,
  ARTICLES,
  GREETINGS,
  HONORIFICS,
  KIN_WORDS,
  PROFESSIONS,
  NAMING_WORDS,
  RELATION_NOUNS,
  SIGN_OFFS,
  TITLE_WORDS,
  isCouncilRole,
  isRoleToken,
  isRoleWord,
} from './name-cues.ts';
import {
  followsIkEn,
  isGuessable,
  isNameByWhatFollows,
  isNameInsideSentence,
  isPersonByVerbAfter,
  isPersonSlotAfter,
  NAMING_NOUN,
  NUMBER_WORDS,
  SPEAKING_VERBS,
} from './name-context.ts';
import {
  AMBIGUOUS_NAMES,
  FIRST_NAMES,
  NAMES_THAT_ARE_LANGUAGES,
  NOT_NAMES,
  OTHER_PROPER_NOUNS,
  SURNAME_NOUNS,
  SURNAMES,
  SURNAMES_THAT_ARE_WORDS,
  foldName,
  inNotNamePhrase,
} from './names/index.ts';
import { PLACES_NAMED_LIKE_PEOPLE, knownPlaceEnd } from './names/places.ts';
import { TUSSENVOEGSELS } from './name-cues.ts';
import {
  CUE,
  GUESS,
  HONORIFIC,
  KIN,
  LEXICON,
  isListed,
  isInstitutionWord,
  isThingCompound,
  type NameSpan,
  type Range,
} from './read-name-spans.ts';
import { SPACED_DASH, ShapeNameReader } from './read-name-shapes.ts';
import { looksLikeName } from './name-shape.ts';
import { isSpaceGap, tokenizeWords, type WordToken } from './tokenize-words.ts';
import type { Entity, UncertainSpan } from './types.ts';

/**
 * Finds person names: after titles, family words and "heet"/"ik ben", from the name lists, surnames
 * with tussenvoegsels, and capitalised words that no list holds where the context says "person".
 * Tokens inside `blocked` ranges (e-mail, known names …) are skipped.
 */
export function findPersonNames(
  text: string,
  blocked: readonly Range[] = [],
  tokens: WordToken[] = tokenizeWords(text),
  uncertain: UncertainSpan[] = [],
): Entity[] {
  return new NameReader(text, tokens, blocked, uncertain).findAll();
}

/** Verbs that name the speaker after a quote: "”, vertelt Patty", "”, aldus Sophie", "”, seit Slagter". */
const SPEECH_VERBS = new Set(
  `zegt zei vertelt vertelde lacht lachte aldus besluit besloot reageert reageerde antwoordt antwoordde
  vraagt vroeg knipoogt knipoogde legt legde duidt zucht zuchtte benadrukt beaamt vult vulde klinkt seit
  fertelt roept riep fluistert fluisterde schreeuwt schreeuwde glundert glunderde vervolgt vervolgde`.split(/\s+/),
);

/** Words after a name's -s that show it is no possessive: "Thijs en", "Marijs is". */
const DUTCH_NOT_NOUNS = new Set(
  `en of is was heeft had zegt zei de het een van in op met aan voor die dat wat als maar ook niet nog wel al
  zijn werd wordt kan kon zal zou mag moet gaat ging komt kwam`.split(/\s+/),
);

const isCapitalWord = (t: WordToken | undefined) => t !== undefined && t.allCaps && t.text.length >= 2;

/** Captions and bylines: "Foto Ap de Heus", "Beeld: …", "Tekst en foto: …". */
const CREDIT_WORDS = new Set([
  'foto',
  "foto's",
  'beeld',
  'tekst',
  'fotografie',
  'illustratie',
  'illustraties',
  'redactie',
]);

/** "onze school", "mijn team": a noun of one's own, not one whose name follows. */
const POSSESSIVES = new Set(['mijn', "m'n", 'onze', 'ons', 'jullie', 'hun', 'zijn', 'haar', 'uw']);

/** "is het Saar", "was het Bas": "het" as the subject before a name. */
const COPULAS = new Set(['is', 'was', 'ben', 'bent', 'zijn', 'waren', 'wordt', 'werd']);

/** "negenjarige", "twaalfjarige": an age written as one word. */
const AGE_WORD = new RegExp(`^(?:${NUMBER_WORDS})jarige$`);

/** Before "de Syrische Samraa", "De 17-jarige Esmie". */
const DESCRIBING_ARTICLES = new Set(['de', 'het', 'een']);

/** Titles of saints and rulers of old that schools and feasts are named after: "Sint Jan", "Stadhouder Willem III". */
// (Not the living royals: "koningin Máxima" is a person the sets mark.)
const SAINT_TITLES = new Set(['sint', 'st', 'sinte', 'sancta', 'sanctus', 'stadhouder', 'paus', 'hertog']);
const ROYAL_TITLES = new Set(['prins', 'prinses', 'koning', 'koningin']);

/** Before a place: "in Nederhorst den Berg", "naar Ouderkerk aan de Amstel", "rond Brugge". */
const PLACE_PREPOSITIONS = new Set(['in', 'naar', 'uit', 'te', 'vanuit', 'richting', 'nabij', 'rond']);
/**
 * Where a place that is also a given name is the place: "in Brecht", "vanuit Stein" ("naar Lies" may be a visit,
 * "Geertjan te Linde" a name).
 */
const PLACE_ONLY_PREPOSITIONS = new Set(['in', 'vanuit', 'nabij']);

/** Before a capital "De" and a word no surname list holds, a school's or a place's name: "op De Akker". */
const THING_PREPOSITIONS = new Set(['van', 'met', 'op', 'uit', 'bij', 'naar', 'aan', 'voor', 'in']);

/** Sports clubs named after their place: "VV Steenbergen", "SC Welberg", "RKSV Halsteren". */
const CLUB_ABBREVIATION = /^(?:rk)?(?:[a-z]?[vsfhkz][vc]|sc|fc|hc|tc|vc|mhc|hv|kv)$/;

/** What follows a town's name to make it a district: "Almere Hout", "Amsterdam Zuidoost", "Den Haag Centrum". */
const DISTRICT_WORDS = new Set(
  'noord zuid oost west noordoost noordwest zuidoost zuidwest centrum buiten haven stad poort hout'.split(' '),
);

class NameReader extends ShapeNameReader {
  private readonly found: Entity[] = [];

  constructor(
    private readonly text: string,
    tokens: WordToken[],
    blockedRanges: readonly Range[],
    uncertain: UncertainSpan[],
  ) {
    super(tokens, blockedRanges, uncertain);
    this.blockNotNamePhrases();
    this.blockNamesOfThings();
    this.blockSaints();
    this.blockKnownPlaces();
    this.blockLanguageNames();
  }

  /**
   * "Frans" is a given name and a language ("les in Frans", "docent Frans", "tussen Frans en Nederlands"): a name only
   * after a form of address, a family word or a greeting ("meester Frans", "Beste Frans"), before a surname ("Frans
   * van Diepen", "Frans De Bont") or where what follows makes a person ("Frans had met mij …"). In the development
   * sets 23 times a name, 5 times the language.
   */
  private blockLanguageNames(): void {
    this.tokens.forEach((token, i) => {
      if (!token.capitalised || !NAMES_THAT_ARE_LANGUAGES.has(token.folded)) return;
      const before = this.tokens[i - 1]?.folded ?? '';
      const cue = HONORIFICS.has(before) || KIN_WORDS.has(before) || GREETINGS.has(before);
      const surname = this.readSurname(i + 1, 'any', true) !== undefined;
      if (!cue && !surname && !this.isPersonByWhatFollows(i)) this.blocked[i] = true;
    });
  }

  findAll(): Entity[] {
    for (let i = 0; i < this.tokens.length; i++) {
      if (this.blocked[i] || this.taken[i]) continue;
      const span =
        this.nameAfterCue(i) ??
        this.initialsWithBracketedName(i) ??
        this.nameFromLists(i) ??
        this.nameFromContext(i) ??
        this.speakerBeforeQuote(i) ??
        this.nameInCapitals(i) ??
        this.possessiveName(i);
      if (span) this.emitWithCoordinated(span);
    }
    // Names by their shape come last, so a cue or a list reads a name's full reach first.
    for (let i = 0; i < this.tokens.length; i++) {
      if (this.blocked[i] || this.taken[i]) continue;
      const span = this.nameFromShape(i, this.text);
      if (span) this.emitWithCoordinated(span);
    }
    if (this.found.length > 0) this.findRepeatedNames();
    return this.withoutPrepositionVan(this.joinNamesFoundApart(this.found.sort((a, b) => a.start - b.start)));
  }

  /**
   * "Annet Kil … het besluit van Kil", "Hilde Bakker … Tot vreugde van Bakker": a surname the text uses without
   * "van" elsewhere is that surname after the preposition "van" too.
   */
  private withoutPrepositionVan(found: Entity[]): Entity[] {
    const surnames = new Set<string>();
    for (const entity of found) {
      const words = this.text.slice(entity.start, entity.end).split(' ');
      // (Not from a surname with particles: "Gert van de Rhee … hield van Rhee …" is his own "van".)
      if (words.length > 1 && TUSSENVOEGSELS.has(foldName(words.at(-2)!))) continue;
      surnames.add(words.at(-1)!);
    }
    for (const entity of found) {
      const name = this.text.slice(entity.start, entity.end);
      const match = /^van (\p{Lu}[\p{L}'’-]+)$/u.exec(name);
      // ("het afscheid van Van der Wiel": the surname brings its own "Van".)
      const ownParticle = /^van (?:Van|De|Den|Der|Ter|Ten|Te|Op|In)\s/.test(name);
      if ((match && surnames.has(match[1]!)) || ownParticle) entity.start += 'van '.length;
    }
    return found;
  }

  /**
   * Parts of one name found apart are joined: a full name and a second surname after a spaced dash ("Anka van der
   * Heide – Meijer", "Eline Willems – de Schouwer": the lists knew "Meijer" before the name was read; not "Jan Bos
   * – Piet Smit", two people), and the pairs `isOneNameFoundApart` tells ("Maurice Hoogeveen").
   */
  private joinNamesFoundApart(found: Entity[]): Entity[] {
    const joined: Entity[] = [];
    for (const entity of found) {
      const before = joined.at(-1);
      const gap = before ? this.text.slice(before.end, entity.start) : '';
      const firstWord = this.text.slice(entity.start, entity.end).split(' ')[0] ?? '';
      const join =
        before !== undefined &&
        SPACED_DASH.test(gap) &&
        this.text.slice(before.start, before.end).includes(' ') &&
        !FIRST_NAMES.has(foldName(firstWord)) &&
        // (one surname, or one with its particles: "Verbraak Alfred Jeths" is a surname and the next person)
        (!this.text.slice(entity.start, entity.end).includes(' ') || TUSSENVOEGSELS.has(foldName(firstWord)));
      if (join || (before !== undefined && this.isOneNameFoundApart(before, entity, gap))) before.end = entity.end;
      else joined.push(entity);
    }
    return joined;
  }

  /**
   * "Maurice Hoogeveen", "Per Severin": one word and one word found apart (the surname is a place, or the given name a
   * word) with a plain space between are one name; so are a name and a surname that opens with a lower-case
   * tussenvoegsel ("Annemieke Baatenburg de Jong", "H.J. Glastra van Loon"). In the development sets 9 such pairs
   * were one name and none two people; pairs of longer spans are mostly two people on a list typed without commas.
   */
  private isOneNameFoundApart(before: Entity, entity: Entity, gap: string): boolean {
    if (gap !== ' ') return false;
    const first = this.text.slice(before.start, before.end).split(' ');
    const second = this.text.slice(entity.start, entity.end).split(' ');
    if (first.length === 1 && second.length === 1) return true;
    return first.length <= 2 && second.length >= 2 && TUSSENVOEGSELS.has(second[0]!) && /^\p{Ll}/u.test(second[0]!);
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
    const colon = /^: ?$/.test(gap);

    if ((TITLE_WORDS.has(cue.folded) || PROFESSIONS.has(cue.folded)) && !cue.allCaps) {
      if (cue.folded === 'heer' && previous?.folded !== 'de' && previous?.folded !== 'den') return undefined;
      const abbreviated = ABBREVIATED_TITLES.has(cue.folded) && /^\. ?$/.test(gap);
      // "Beste juf, Graag …" is a greeting, not "the teacher, Graag".
      const appositionOk = apposition && previous !== undefined && !GREETINGS.has(previous.folded);
      const mode = HONORIFICS.has(cue.folded) ? HONORIFIC : { ...KIN, afterTitle: true };
      // ("Algemeen directeur Verontschuldigd: …", "voorzitter Ouderraad: Jeroen": a Dutch word before a colon is
      // the next heading.)
      const heading =
        /^\s*:/.test(this.tokens[i + 2]?.gapBefore ?? this.text.slice(next.end)) &&
        this.lexicon.isWord(next.folded) &&
        !this.isKnownName(i + 1);
      if (heading) return undefined;
      if (spaced || abbreviated) return this.readName(i + 1, mode) ?? this.readInitialsAlone(i + 1);
      // ("Bert Wiersema, voorzitter, Peize": after a comma a place is where the person lives.)
      if (appositionOk && !this.isOnlyPlace(next)) {
        return this.readName(i + 1, mode);
      }
    }
    // "Lid Moniek Bouwhuis Lid …", "Lid: Nadja": on a council's list a capitalised role announces the next member
    // ("Lid Worden" is a heading).
    // Any role before a colon does the same: "Deelnemers: Chi-Mun", "Onderwijsassistenten: Lina".
    const role = isCouncilRole(cue.folded) || (colon && (isRoleWord(cue.folded) || cue.folded === 'leden'));
    const member = role && cue.capitalised && !cue.allCaps && !this.isPlainWord(next.folded);
    if (member && (spaced || colon)) {
      return this.readName(i + 1, { ...KIN, lowercase: false });
    }
    // "De 17-jarige Esmie uit Maastricht", "de Syrische Samraa", "De Noordwijkerhoutse Lara": after an age or an
    // adjective of origin, a capitalised word that is no Dutch word or place is who is described.
    // ("De negenjarige Roliana": the age written as a word.)
    const ageWord = AGE_WORD.test(cue.folded);
    if (
      spaced &&
      (cue.capitalised || cue.folded === 'jarige' || ageWord) &&
      previous &&
      DESCRIBING_ARTICLES.has(previous.folded)
    ) {
      const age = (cue.folded === 'jarige' && /\d-$/.test(cue.gapBefore)) || ageWord;
      if ((age || this.isAdjectiveOfOrigin(cue)) && looksLikeName(next, this.lexicon))
        return this.readName(i + 1, GUESS);
    }
    // "mijn zoon, wil je …": after a comma only a capitalised name.
    // ("vader van Marin": a bare "van" after a family word says whose father, not his surname; "vader van der Poel" is.)
    const whose = next.text === 'van' && !this.isParticle(this.tokens[i + 2]) && this.tokens[i + 2]?.text !== 'het';
    if (KIN_WORDS.has(cue.folded) && spaced && !whose)
      return this.readName(i + 1, KIN) ?? this.readInitialsAlone(i + 1);
    if (KIN_WORDS.has(cue.folded) && apposition) return this.readName(i + 1, { ...KIN, lowercase: false });
    const naming =
      NAMING_WORDS.has(cue.folded) ||
      (cue.folded === 'ben' && previous?.folded === 'ik') ||
      (cue.folded === 'is' && previous?.folded === 'naam');
    if (naming && (spaced || colon)) return this.readName(i + 1, CUE);
    // "Naam: Tesfom", "Naam kind: Tesfom" on a form.
    if (cue.folded === 'naam' || (cue.folded === 'kind' && previous?.folded === 'naam')) {
      if (colon) return this.readName(i + 1, CUE);
    }
    // "Foto Ap de Heus", "Tekst en beeld: Eddo Hartmann", "Door: Martin Minkenberg": who made a piece. A capital
    // cue where a caption or a byline starts; "door" only before a colon ("Door de regen …"); a listed given
    // name or initials first, as an agency is credited the same way ("Foto: Omrop Fryslân").
    // ("Geplaatst door: Rob Schimmel": a byline's "door:" in lower case too; "Door Agnes Corbeij" where a text
    // starts.)
    const byline = cue.folded === 'door' && (colon || (cue.capitalised && i === 0));
    const credit = (CREDIT_WORDS.has(cue.folded) && cue.capitalised) || byline;
    const personFirst = isListed(FIRST_NAMES, next) || this.isInitial(i + 1);
    if (credit && personFirst && !cue.allCaps && (spaced || colon)) {
      return this.readName(i + 1, { ...CUE, lowercase: false });
    }
    // "Met vriendelijke groet, Tesfom Haile", "Groetjes,\nLjubica": a signature.
    if (SIGN_OFFS.has(cue.folded) && /^,?\s*$/.test(gap) && gap.length > 0) return this.readName(i + 1, KIN);
    // "”, zegt De Meerleer.", "”, lacht Chantal.": after a quote, the one who speaks.
    // ("…, zegt De Groote.": after a comma too.)
    if (SPEECH_VERBS.has(cue.folded) && /[”"’'»]|, $/.test(cue.gapBefore) && spaced) return this.readName(i + 1, CUE);
    const relation = cue.text === 'van' && previous !== undefined && RELATION_NOUNS.has(previous.folded);
    if (relation && spaced) return this.readName(i + 1, KIN);
    return undefined;
  }

  /**
   * "juf F. vertelt", "Mrs. T. vindt", "mijn zoon J. zit", "Meester K was streng": after a title or a family word,
   * initials with no name after them stand for the person; so they do before a sentence that starts with a Dutch
   * word ("juf G. Deze vrouw …"). Not before another capitalised word, which a surname's reading already had its
   * chance at, nor before a particle ("mw. D. v. Waay").
   */
  private readInitialsAlone(j: number): NameSpan | undefined {
    let k = j;
    while (this.isInitial(k)) k++;
    const initial = this.tokens[j];
    const bare = k === j && initial !== undefined && /^\p{Lu}$/u.test(initial.text) && !this.blocked[j];
    if (k === j && !bare) return undefined;
    const last = bare ? j : k - 1;
    const after = this.tokens[last + 1];
    if (after === undefined) return { first: j, last };
    if (bare && !/^[ !?,]/.test(after.gapBefore)) return undefined;
    if (this.isParticle(after)) return undefined;
    const sentenceWord =
      /^[.!?] +$/.test(after.gapBefore) &&
      after.text.length > 1 &&
      this.lexicon.isWord(after.folded) &&
      !this.isKnownName(last + 1);
    return !/^\p{Lu}/u.test(after.text) || sentenceWord ? { first: j, last } : undefined;
  }

  /** "Syrische", "Vlaamse", "Amsterdamse": a capitalised adjective of a country, a people or a place. */
  private isAdjectiveOfOrigin(token: WordToken): boolean {
    if (!token.capitalised || token.allCaps || !token.folded.endsWith('e') || FIRST_NAMES.has(token.folded))
      return false;
    const stem = token.folded.slice(0, -1);
    if (this.lexicon.isCapitalisedEntry(stem) || this.lexicon.isProperName(stem))
      return this.lexicon.isWord(token.folded);
    return token.folded.endsWith('se') && this.lexicon.isPlace(token.folded.slice(0, -2));
  }

  /** A name recognised by itself: a listed first name, initials, or a listed surname. */
  private nameFromLists(i: number): NameSpan | undefined {
    const token = this.tokens[i];
    if (!token) return undefined;
    // "van der Linden", "de Vries", with the given name before it even when that is also a word: "Bas van
    // Dijk", "Jan de Boer" ("van" and "de" alone are no names, so this comes first).
    // "tegen 't Ven", "basisschool ‘t Geuzennest": without a given name before it, "'t …" is a school, a place
    // or a thing ("Jan ’t Hart" is a name).
    const article = /^['’‘]t$/.test(token.text) || (token.text === 't' && /['’‘]$/.test(token.gapBefore));
    if (article && !this.isGivenNameBeforeArticle(i)) {
      for (let k = i + 1; this.isCapitalisedAfterSpace(k); k++) this.blocked[k] = true;
      return undefined;
    }
    if (this.isParticle(token)) {
      // "legt Van Boxstael uit", "zegt Van Pelt": inside a sentence a capitalised "Van" opens a surname.
      // At a sentence start only before a word that is no Dutch word or place ("Van Marcke: …"), or after "der"
      // or "den" ("Van der Burg vervolgt").
      const after = this.tokens[i + 1];
      const nameAfter =
        after !== undefined &&
        ((looksLikeName(after, this.lexicon) && !SURNAMES_THAT_ARE_WORDS.has(after.folded)) ||
          (token.folded === 'van' && /^(?:der|den)$/.test(after.text)));
      // ("zegt De Neef", "kijkt De Poorter verrast op": a capital "De" after a verb a person does, 25 times in 25 a
      // surname in the development sets; "De Vlinder weet niet …" at a sentence start is as often a school.)
      // ("zegt De Telegraaf": not before a newspaper's or another organisation's name.)
      const afterPersonVerb =
        isSpaceGap(token.gapBefore) &&
        SPEAKING_VERBS.has(this.tokens[i - 1]?.folded ?? '') &&
        !OTHER_PROPER_NOUNS.has(after?.folded ?? '');
      const capitalVan =
        token.capitalised && (!token.sentenceStart || nameAfter) && (token.folded !== 'de' || afterPersonVerb);
      const span = this.readSurname(i, afterPersonVerb ? 'any' : capitalVan ? 'capitalisedParticle' : 'listed');
      const bareDe = span?.last === i + 1 && token.text === 'de' && SURNAME_NOUNS.has(this.tokens[i + 1]!.folded);
      if (span) {
        const named = this.withGivenNamesBefore(span);
        // "in Nederhorst den Berg", "naar Bergen op Zoom": after "in" or "naar" a place, unless a listed
        // given name opens it.
        const before = this.tokens[named.first - 1];
        const placeWord = before !== undefined && PLACE_PREPOSITIONS.has(before.folded) && !before.capitalised;
        if (placeWord && named.first < i && !FIRST_NAMES.has(this.tokens[named.first]!.folded)) {
          for (let k = named.first; k <= named.last; k++) this.blocked[k] = true;
          return undefined;
        }
        // "naar de Bakker": the shop, unless a given name comes first.
        if (!(bareDe && named.first === i)) return named;
      }
    }
    if (NOT_NAMES.has(token.folded)) return undefined;
    if (isListed(FIRST_NAMES, token)) {
      if (token.capitalised && !token.allCaps) {
        // "Roos is haar lievelingsbloem": a name that is also a word says nothing at a sentence start,
        // unless a person's verb follows: "Roos zegt dat ze niet meer wil".
        // So does a name after it: "Jan Driehuis, voormalig leerkracht", "• Jan Jaap de Vries".
        // ("Berber en ik hebben …", "Roos (8)": so does what makes an unknown word a child.)
        const ambiguous = token.sentenceStart && AMBIGUOUS_NAMES.has(token.folded);
        const personAfter = this.isPersonByWhatFollows(i);
        if (ambiguous && !personAfter) return undefined;
        return this.readName(i, LEXICON);
      }
      // "ama", "hâlâ" in a Turkish story are words: a lower-case name needs Dutch around it.
      const dutchAround = [this.tokens[i - 1], this.tokens[i + 1]].some((t) => t && this.lexicon.isWord(t.folded));
      if (this.isLowercaseFirstName(token, false) && dutchAround && !ARTICLES.has(this.tokens[i - 1]?.folded ?? '')) {
        return { first: i, last: i };
      }
    }
    // Without a title, initials need a listed surname: "N.B. Verder" is no name.
    if (this.isInitial(i)) return this.readName(i, LEXICON);
    if (isListed(SURNAMES, token) && token.capitalised && !token.allCaps && !token.sentenceStart) {
      const span = this.withGivenNamesBefore({ first: i, last: this.extendSurname(i) });
      const bareDe = span.first === i && this.tokens[i - 1]?.text === 'de';
      return bareDe && SURNAME_NOUNS.has(token.folded) ? undefined : span;
    }
    return undefined;
  }

  /**
   * "Jan ’t Hart", "Puck ’t Hart": a given name right before the "'t" at token i (the tokenizer leaves the
   * apostrophe of "’t" in the gap, so the given name is looked at here).
   */
  private isGivenNameBeforeArticle(i: number): boolean {
    const previous = this.tokens[i - 1];
    return (
      previous !== undefined &&
      /^ {0,2}['’‘]?$/.test(this.tokens[i]!.gapBefore) &&
      (FIRST_NAMES.has(previous.folded) || looksLikeName(previous, this.lexicon))
    );
  }

  /** A person's verb, a surname or what makes a child ("Roos (8)", "Berber en ik") after the word at i. */
  private isPersonByWhatFollows(i: number): boolean {
    return isPersonByVerbAfter(this.tokens, i) || this.isNameAfter(i) || isNameByWhatFollows(this.tokens, i, this.text);
  }

  /**
   * The word after token i is a given name or a surname that is no Dutch word: "Jan Driehuis", "Jan Jaap"; or an
   * initial: "Jan H. Westra".
   */
  private isNameAfter(i: number): boolean {
    const next = this.tokens[i + 1];
    if (next !== undefined && isSpaceGap(next.gapBefore) && this.isInitial(i + 1)) return true;
    if (!next || !isSpaceGap(next.gapBefore) || !this.isNameShaped(i + 1)) return false;
    const given = FIRST_NAMES.has(next.folded) && !AMBIGUOUS_NAMES.has(next.folded);
    return given || (looksLikeName(next, this.lexicon) && !this.isPlainWord(next.folded));
  }

  /**
   * A name in a heading or a speaker's label in capitals: "DOOR STEF BARTEN", "OMA REGINA: …". A listed given
   * name that is no Dutch word, with a surname after it, a title or family word before it, or a colon after it.
   */
  private nameInCapitals(i: number): NameSpan | undefined {
    const token = this.tokens[i]!;
    // Most words are not in capitals: asked first, before anything is looked up (this runs for every word).
    if (!isCapitalWord(token)) return undefined;
    const givenName =
      token.text.length >= 3 &&
      FIRST_NAMES.has(token.folded) &&
      !AMBIGUOUS_NAMES.has(token.folded) &&
      !NOT_NAMES.has(token.folded) &&
      !this.lexicon.isWord(token.folded) &&
      !this.lexicon.isPlace(token.folded);
    if (!givenName) return undefined;
    let last = i;
    for (let j = i + 1; isCapitalWord(this.tokens[j]) && isSpaceGap(this.tokens[j]!.gapBefore); j++) {
      const t = this.tokens[j]!;
      if (TUSSENVOEGSELS.has(t.folded)) continue;
      const surname =
        !NOT_NAMES.has(t.folded) &&
        !this.lexicon.isPlace(t.folded) &&
        !TITLE_WORDS.has(t.folded) &&
        // (A long word in capitals after a given name is a surname: "MARIEKE BRENNINKMEIJER".)
        (SURNAMES.has(t.folded) ||
          this.lexicon.isProperName(t.folded) ||
          !this.lexicon.isWord(t.folded) ||
          t.folded.length >= 9);
      if (!surname) break;
      last = j;
    }
    const before = this.tokens[i - 1];
    const titled = isCapitalWord(before) && (TITLE_WORDS.has(before!.folded) || KIN_WORDS.has(before!.folded));
    const speaker = /^: ?/.test(this.tokens[last + 1]?.gapBefore ?? this.text.slice(this.tokens[last]!.end));
    return last > i || titled || speaker ? { first: i, last } : undefined;
  }

  /** A capitalised word in no list, made a name by its neighbours: "voor Nouri", "Siebren (8)". */
  private nameFromContext(i: number): NameSpan | undefined {
    const token = this.tokens[i];
    if (!token || !isGuessable(token) || !this.isNameShaped(i)) return undefined;
    // "met dank aan Scala", "’s Ochtends": a Dutch word is no guess; "bisdom Gent", "voorzitter, Peize (…)": nor
    // a known place that no surname list holds.
    if (this.isPlainWord(token.folded)) return undefined;
    if (this.isOnlyPlace(token)) return undefined;
    const span = this.readName(i, GUESS);
    if (!span) return undefined;
    // ("Josephus J.M. Bax": a word no list holds, then initials and a surname, is a full name wherever it stands.)
    const initialsInside = span.last > i + 1 && this.isInitial(i + 1);
    const named =
      initialsInside ||
      isNameByWhatFollows(this.tokens, span.last, this.text) ||
      followsIkEn(this.tokens, i) ||
      isNameInsideSentence(this.tokens, i, this.text);
    return named ? span : undefined;
  }

  /**
   * "Schalk: “We zijn van mening …”", "Bakker: ‘Ik …’": a word that opens a sentence, before a colon and a quote,
   * is who speaks (in the sets, every such word but a family word was). Only a name the lists or the OpenTaal list
   * know, or a word that is no Dutch word: "Vraag: ‘…’" is a heading.
   */
  private speakerBeforeQuote(i: number): NameSpan | undefined {
    const token = this.tokens[i]!;
    if (!token.sentenceStart || !this.isNameShaped(i) || !/^\p{Lu}\p{Ll}+$/u.test(token.text)) return undefined;
    if (!/^: ?(?:,,|["“„'‘])/.test(this.text.slice(token.end, token.end + 4))) return undefined;
    const known = this.isKnownName(i) || !this.lexicon.isWord(token.folded);
    return known && !this.isOnlyPlace(token) ? { first: i, last: i } : undefined;
  }

  /**
   * "Noras moeder", "Pepijns klas", "Sjoukjes prestaties": a given name with the possessive -s written on,
   * before the word it owns. Only where the word with its -s is no Dutch word or place ("Engels", "Frans").
   */
  private possessiveName(i: number): NameSpan | undefined {
    const token = this.tokens[i]!;
    if (!token.capitalised || token.allCaps || token.folded.length < 4 || !token.folded.endsWith('s')) return undefined;
    const given = token.folded.slice(0, -1);
    // (The list gives inhabitants a genitive too: "Nederlanders" is no one's.)
    if (!FIRST_NAMES.has(given) && !(this.lexicon.isProperName(given) && !given.endsWith('er'))) return undefined;
    if (AMBIGUOUS_NAMES.has(given) || NOT_NAMES.has(token.folded) || !this.isNameShaped(i)) return undefined;
    if (this.lexicon.isWord(token.folded) || this.lexicon.isPlace(token.folded) || this.lexicon.isPlace(given))
      return undefined;
    const next = this.tokens[i + 1];
    const owned =
      next !== undefined && isSpaceGap(next.gapBefore) && !next.capitalised && this.lexicon.isWord(next.folded);
    return owned && !DUTCH_NOT_NOUNS.has(next.folded) ? { first: i, last: i } : undefined;
  }

  /** A word once read as a name is that name elsewhere in the text too: "Mijn zoon Nouri … Nouri huilt." */
  private findRepeatedNames(): void {
    const names = new Set<string>();
    this.tokens.forEach((token, i) => {
      // A Dutch word after a surname ("Madelon van de Bergh Lid") is not repeated as a name of its own; after
      // a tussenvoegsel it is the surname ("Wim de Gier").
      const previous = this.tokens[i - 1];
      const afterName = this.taken[i - 1] === true && previous !== undefined && !this.isParticle(previous);
      const plainWord = afterName && this.isPlainWord(token.folded) && !SURNAMES.has(token.folded);
      if (this.taken[i] && token.capitalised && token.text.length >= 2 && !this.isParticle(token) && !plainWord)
        names.add(token.text);
    });
    for (let i = 0; i < this.tokens.length; i++) {
      const token = this.tokens[i];
      if (!token || this.taken[i] || this.blocked[i]) continue;
      // "Sjoukjes prestaties": a name found elsewhere, with the possessive -s.
      if (!names.has(token.text) && !(token.text.endsWith('s') && names.has(token.text.slice(0, -1)))) continue;
      // "Max 20 minuten … Mijn zoon Max": at a sentence start a name that is also a word stays a word.
      if (token.sentenceStart && AMBIGUOUS_NAMES.has(token.folded)) continue;
      const span = this.readName(i, GUESS);
      // "Peter de Boer … De Boer: …": the surname again with its tussenvoegsel.
      if (span) this.emit({ first: this.particlesBefore(span.first), last: span.last });
    }
  }

  private particlesBefore(first: number): number {
    while (first > 0 && this.isParticle(this.tokens[first - 1]) && !this.taken[first - 1] && !this.blocked[first - 1]) {
      if (!isSpaceGap(this.tokens[first]?.gapBefore ?? '')) break;
      first--;
    }
    return first;
  }

  private emitWithCoordinated(span: NameSpan): void {
    this.emitCoordinatedBefore(span);
    // "Fatima en Yassin", "Selam, Feven en Luwam": a capitalised word joined to a name is a name.
    let last = this.emit(span);
    for (;;) {
      const next = this.tokens[last + 1];
      if (!next) return;
      let candidate = -1;
      if (next.text === 'en' && isSpaceGap(next.gapBefore)) candidate = last + 2;
      else if (/^(?:, ?| ?& ?)$/.test(next.gapBefore)) candidate = last + 1;
      const token = this.tokens[candidate];
      if (!token || token.sentenceStart) return;
      if (candidate === last + 2 && !isSpaceGap(token.gapBefore)) return;
      // After a comma only a listed first name or a word that is no Dutch word, place or thing ("Abdul,
      // Jatifah, Aafje"): "Ellen Donkers, Onderzoeker" is a role.
      if (candidate === last + 1 && !FIRST_NAMES.has(token.folded) && !looksLikeName(token, this.lexicon)) return;
      // "met daan en mees": in lower-case text a listed name joins a lower-case name.
      const lowercaseJoin = !this.tokens[span.first]?.capitalised && this.isLowercaseFirstName(token, true);
      // "Seppe en Lieve": joined to a name, a name that is also a word ("lieve") is the name.
      const nameAfterAll =
        token.capitalised &&
        !token.allCaps &&
        (FIRST_NAMES.has(token.folded) || this.lexicon.isProperName(token.folded)) &&
        !this.blocked[candidate] &&
        !this.taken[candidate];
      const joined = token.capitalised
        ? (this.readName(candidate, { ...CUE, lowercase: false }) ??
          (nameAfterAll ? { first: candidate, last: candidate } : undefined))
        : lowercaseJoin
          ? { first: candidate, last: candidate }
          : undefined;
      if (!joined) return;
      last = this.emit(joined);
    }
  }

  /**
   * "M. (Mieke) Nijbroek", "B. (Bas) de Bruijn": initials, the given name in brackets, then the surname. Read
   * at the bracketed name, whichever way it was found; `emit` then takes any initials before the last one.
   */
  private withBracketedGivenName(span: NameSpan): NameSpan {
    // Found at the surname ("M. (Mark) van der Zwan", where "Mark" alone stayed a doubt): the same, read back.
    let surnameFirst = span.first;
    while (this.isParticle(this.tokens[surnameFirst - 1]) && !this.taken[surnameFirst - 1]) surnameFirst--;
    const bracketed = surnameFirst - 1;
    const opening = this.tokens[bracketed];
    if (
      opening?.capitalised &&
      /^\) $/.test(this.tokens[surnameFirst]!.gapBefore) &&
      /^\. ?\($/.test(opening.gapBefore) &&
      !this.taken[bracketed] &&
      this.isInitialLetter(bracketed - 1)
    ) {
      return { first: bracketed - 1, last: span.last };
    }
    if (span.first !== span.last) return span;
    const given = this.tokens[span.first]!;
    const initial = span.first - 1;
    if (/^\. ?\($/.test(given.gapBefore) && this.isInitialLetter(initial)) {
      const surname = this.surnameAfterBracket(span.last);
      return surname ? { first: initial, last: surname.last } : span;
    }
    // "Hubertus (Bertus) Schreuders": a given name, the name he goes by in brackets, then the surname.
    const nickname = this.tokens[span.last + 1];
    if (this.isGivenName(span.first) && nickname?.gapBefore === ' (' && this.isGivenName(span.last + 1)) {
      const surname = this.isNameShaped(span.last + 1) ? this.surnameAfterBracket(span.last + 1) : undefined;
      return surname ? { first: span.first, last: surname.last } : span;
    }
    return span;
  }

  /**
   * "dhr. H. (Harm) Hebels", "mej. F.A. (Francina) Kwak": initials, a capitalised word in brackets and a surname are a
   * person by their shape alone, whether or not a list knows the given name or the surname is a word.
   */
  private initialsWithBracketedName(i: number): NameSpan | undefined {
    const token = this.tokens[i]!;
    if (!/^\. ?\($/.test(token.gapBefore) || !this.isInitialLetter(i - 1)) return undefined;
    if (!/^\p{Lu}\p{Ll}+$/u.test(token.text) || !this.isNameShaped(i)) return undefined;
    const surname = this.surnameAfterBracket(i);
    return surname ? { first: i - 1, last: surname.last } : undefined;
  }

  /** The surname after the closing bracket that follows token `bracketed`: "(Mieke) Nijbroek", "(Bas) de Bruijn". */
  private surnameAfterBracket(bracketed: number): NameSpan | undefined {
    const after = this.tokens[bracketed + 1];
    if (!after || !/^\) $/.test(after.gapBefore) || this.blocked[bracketed + 1] || this.taken[bracketed + 1])
      return undefined;
    if (this.isParticle(after)) return this.readSurname(bracketed + 1, 'any', true);
    return this.isNameShaped(bracketed + 1) ? { first: bracketed + 1, last: bracketed + 1 } : undefined;
  }

  /** A capital letter or an initial's digraph written as an initial ("M" of "M. (Mieke)"). */
  private isInitialLetter(i: number): boolean {
    const token = this.tokens[i];
    return token !== undefined && !this.blocked[i] && !this.taken[i] && /^(?:\p{Lu}|Th|Ph|Ch|IJ)$/u.test(token.text);
  }

  /** Takes the span, with a lower-case surname after it, and returns the index of its last token. */
  private emit(span: NameSpan): number {
    span = this.withBracketedGivenName(span);
    // "Th.B. Sweers", "A.Th. van Rijnberk": initials before a name read from its surname belong to it.
    while (span.first > 0 && this.isInitial(span.first - 1) && !this.taken[span.first - 1]) {
      span = { first: span.first - 1, last: span.last };
    }
    const first = this.tokens[span.first];
    if (this.blocked[span.first]) return span.last;
    const lastIndex = this.doubleSurnameAfter(this.lowercaseSurnameAfter(span.last));
    const last = this.tokens[lastIndex];
    if (!first || !last) return span.last;
    // "de Goede Herderschool": a name that runs into a school's or a thing's name is that name.
    // ("de Aeneas Mackay basisschool", "het Pontes Pieter Zeeman college": in lower case too.)
    // Its words are then no one's name, whatever reads them later ("Willem" of "Willem de Vries Robbéweg").
    const after = this.tokens[lastIndex + 1];
    // ("de Harry Potter-reeks": so does one that runs into a compound with a lower-case word.)
    const thingsName =
      (after !== undefined &&
        isSpaceGap(after.gapBefore) &&
        (isInstitutionWord(after.folded) || (isThingCompound(after) && !this.isInitial(span.first)))) ||
      this.tokens.slice(span.first + 1, lastIndex + 1).some((token) => isInstitutionWord(token.folded));
    // ("Felix van de Arcade school": after "van" the school's name; who stands before it is the person.)
    const from = this.tokens.findIndex((token, i) => i > span.first && i <= lastIndex && token.text === 'van');
    if (thingsName && from !== -1 && !this.afterArticle(span.first)) {
      for (let i = from; i <= lastIndex; i++) this.blocked[i] = true;
      return Math.max(lastIndex, this.emit({ first: span.first, last: from - 1 }));
    }
    if (thingsName || this.afterArticle(span.first)) {
      for (let i = span.first; i <= lastIndex; i++) this.blocked[i] = true;
      return lastIndex;
    }
    // "Groen van Prinstererschool": a school named after a person, with its tussenvoegsel.
    const [particle, school] = [this.tokens[lastIndex + 1], this.tokens[lastIndex + 2]];
    const namedSchool =
      span.first === lastIndex &&
      this.isParticle(particle) &&
      school?.capitalised === true &&
      isSpaceGap(school.gapBefore) &&
      /school$/.test(school.folded) &&
      // ("Mohamed van Basisschool Het Zaanplein": a school's kind is no one's name.)
      !NOT_NAMES.has(school.folded) &&
      !this.lexicon.isWord(school.folded) &&
      !this.lexicon.isCompound(school.folded);
    if (namedSchool) return lastIndex;
    for (let i = span.first; i <= lastIndex; i++) this.taken[i] = true;
    // "Jacqueline B.": a closing initial keeps its full stop.
    const end = this.isInitial(lastIndex) || this.isClosingInitial(lastIndex) ? last.end + 1 : last.end;
    this.found.push({ type: 'PERSON', start: first.start, end });
    return lastIndex;
  }

  /**
   * "op de Guido de Brès", "De Pieter Zeeman in Zierikzee", "het Leonardo onderwijs": an article right before a name
   * makes it a school's, a building's or a thing's. Not "is het Saar Hoogendoorn", where "het" is the subject (in
   * the sets, 25 of 28 names guessed right after such an article were no person).
   */
  private afterArticle(first: number): boolean {
    const article = this.tokens[first - 1];
    // ("De Van Brussels woonden daar ook": a family, by its surname with its particle.)
    if (this.isParticle(this.tokens[first])) return false;
    if (!article || this.taken[first - 1] || !isSpaceGap(this.tokens[first]!.gapBefore)) return false;
    const lower = article.text === 'de' || article.text === 'het';
    const opening = (article.text === 'De' || article.text === 'Het') && article.sentenceStart;
    if (!lower && !opening) return false;
    return !(article.text === 'het' && COPULAS.has(this.tokens[first - 2]?.folded ?? ''));
  }

  /**
   * "sanne de vries", "fatima bouzid", "Sem van der linden": a listed surname in lower case right after a
   * given name. Without a tussenvoegsel only a surname that is no everyday word ("ik vind daan groot").
   */
  private lowercaseSurnameAfter(last: number): number {
    if (!FIRST_NAMES.has(this.tokens[last]?.folded ?? '')) return last;
    let p = last + 1;
    const spaced = (j: number) => isSpaceGap(this.tokens[j]?.gapBefore ?? '') && !this.blocked[j] && !this.taken[j];
    while (spaced(p) && !this.tokens[p]!.capitalised && TUSSENVOEGSELS.has(this.tokens[p]!.folded)) p++;
    const surname = this.tokens[p];
    if (!surname || !spaced(p) || surname.capitalised || surname.folded.length < 2) return last;
    if (!SURNAMES.has(surname.folded) || NOT_NAMES.has(surname.folded)) return last;
    if (p === last + 1 && (SURNAMES_THAT_ARE_WORDS.has(surname.folded) || FIRST_NAMES.has(surname.folded))) return last;
    return p;
  }

  /** "Rumeysa en Furkan", "Siebren en Wietske": a capitalised word joined by "en" to a name before it. */
  private emitCoordinatedBefore({ first, last }: NameSpan): void {
    const conjunction = this.tokens[first - 1];
    const candidate = this.tokens[first - 2];
    // "Shane, Roxanne en Mert zitten …": the first of a list of names, before a comma.
    const comma = this.tokens[first]?.gapBefore === ', ' && conjunction !== undefined && !this.taken[first - 1];
    if (
      comma &&
      conjunction.sentenceStart &&
      this.isNameShaped(first - 1) &&
      looksLikeName(conjunction, this.lexicon)
    ) {
      // (After the whole name: "te weten: Albayrak, Van Bochove, Jan Jacob van Dijk en …".)
      const end = this.tokens[last]!.end;
      const listGoesOn = /^(?:, | en )/.test(this.text.slice(end, end + 4));
      if (listGoesOn) this.emit({ first: first - 1, last: first - 1 });
      return;
    }
    if (conjunction?.text !== 'en' || !candidate || !isSpaceGap(conjunction.gapBefore)) return;
    if (!isSpaceGap(this.tokens[first]?.gapBefore ?? '')) return;
    const listed = isListed(FIRST_NAMES, candidate) && !AMBIGUOUS_NAMES.has(candidate.folded);
    if (!this.isNameShaped(first - 2) || !(listed || isGuessable(candidate))) return;
    // ("College Onstwedde en Ubbo Emmius": a known place that no list holds as a name.)
    if (!listed && this.isOnlyPlace(candidate)) return;
    // ("het verhaal van Desale en Abraham", "het huwelijk van Jef en Mia": a word no list or lexicon knows, joined
    // to a listed given name, is a name wherever it stands.)
    const nameLike = looksLikeName(candidate, this.lexicon) && FIRST_NAMES.has(this.tokens[first]!.folded);
    if (!candidate.sentenceStart && !isPersonSlotAfter(this.tokens[first - 3]) && !nameLike) return;
    this.emit(this.withGivenNamesBefore({ first: first - 2, last: first - 2 }));
  }

  private blockNotNamePhrases(): void {
    inNotNamePhrase(this.tokens).forEach((inside, i) => {
      if (inside) this.blocked[i] = true;
    });
    // "’s Zomers", "'s Avonds", "’s-Hertogenbosch": a word after a loose "’s" is an old genitive, no one's name
    // ("Jan’s boek" is glued to the name).
    this.tokens.forEach((token, i) => {
      const loose =
        token.text === 's' && /['’]$/.test(token.gapBefore) && !/\S/.test(this.text[token.start - 2] ?? ' ');
      if (loose && this.tokens[i + 1]?.capitalised) this.blocked[i + 1] = true;
    });
  }

  /**
   * A known place (names/places.ts) where only a place fits, even when it is a surname too: right after a
   * place preposition ("in Doorn", "rond Brugge", "naar Anna Paulowna"), as a sports club's name ("VV
   * Steenbergen"), after a comma at the end of a signature ("Emmy Pater, Doorn"), and a place of more words wherever
   * it stands ("Hof van Twente"). "Jan Hulst", "mevrouw Doorn", "Jan De Haan" and "in Jan van Doorns klas" stay
   * names: there a given name or a title comes first. A place that is a given name too ("Brecht") is no known place,
   * but after "in" it is the place.
   */
  private blockKnownPlaces(): void {
    this.tokens.forEach((token, i) => {
      if (!token.capitalised || this.blocked[i]) return;
      if (token.allCaps) return this.blockDateline(i);
      const before = this.tokens[i - 1];
      const spaced = isSpaceGap(token.gapBefore);
      // A club's name is its place even where no list knows it: "SC Welberg".
      const club = before !== undefined && spaced && before.allCaps && CLUB_ABBREVIATION.test(before.folded);
      const last = club ? Math.max(i, knownPlaceEnd(this.tokens, i)) : knownPlaceEnd(this.tokens, i);
      // "in Brecht", "vanuit Stein": a place that is a given name too, right after such a preposition and with no
      // surname after it.
      const placeOnly = spaced && PLACE_ONLY_PREPOSITIONS.has(before?.folded ?? '');
      if (last === -1 && PLACES_NAMED_LIKE_PEOPLE.has(token.folded) && placeOnly) {
        if (!this.isNameAfter(i)) this.blocked[i] = true;
        return;
      }
      if (last === -1) return;
      const after = this.tokens[last + 1];
      // "Almere Hout", "Amsterdam Noord": a district written after its town is part of the place.
      if (after !== undefined && isSpaceGap(after.gapBefore) && DISTRICT_WORDS.has(after.folded)) {
        this.blocked[last + 1] = true;
      }
      // "bij Ommen" is the place, "bij Hulst" may be the family Hulst: after "bij" only a place that no
      // surname list holds, or one of more words ("bij Bergen op Zoom").
      // ("de bibliotheek van Ter Apel": after "van" a place of more words that opens with a capital particle.)
      const placePreposition =
        before !== undefined &&
        (PLACE_PREPOSITIONS.has(before.folded) ||
          (before.folded === 'bij' && (last > i || !SURNAMES.has(token.folded))) ||
          (before.text === 'van' && last > i && this.isParticle(token)));
      // "Geertjan te Poele": after a given name "te" is a tussenvoegsel.
      const preposition =
        placePreposition &&
        spaced &&
        (!before.capitalised || before.sentenceStart) &&
        !(before.folded === 'te' && this.tokens[i - 2]?.capitalised === true);
      // "Emmy Pater, Doorn", "Leerling vwo 5, Doorn": a place closes a signature, at the end of the text or of
      // a line with no other comma; "Groetjes, Hulst", "Jan, Piet, Hulst" and "Aanwezig: Jansen, De Vries,
      // Hulst" (a list, on a line of its own) are names.
      const lineStart = this.text.lastIndexOf('\n', token.start) + 1;
      const oneComma = this.text.slice(lineStart, token.start).split(',').length === 2;
      const signature =
        /^[^\n]*, ?$/.test(token.gapBefore) &&
        before !== undefined &&
        !SIGN_OFFS.has(before.folded) &&
        !GREETINGS.has(before.folded) &&
        !FIRST_NAMES.has(before.folded) &&
        (after === undefined || (/\n/.test(after.gapBefore) && oneComma));
      // "Berkelland, Haaksbergen en Hof van Twente": a place of more words is the place wherever it stands, unless a
      // given name opens it, or it opens with a particle after a given name or a title, where it is a surname ("Jan
      // De Haan", "meester Ten Boer").
      const personBefore = before !== undefined && (FIRST_NAMES.has(before.folded) || isRoleWord(before.folded));
      const surnameLike = this.isParticle(token) && personBefore;
      const longPlace = last > i && !FIRST_NAMES.has(token.folded) && !surnameLike;
      if (!preposition && !club && !signature && !longPlace) return;
      for (let k = i; k <= last; k++) this.blocked[k] = true;
    });
  }

  /** "TER APEL – Julia Huizing …", "SNEEK- Vandaag …": a news item's dateline, a known place in capitals. */
  private blockDateline(i: number): void {
    const token = this.tokens[i]!;
    if (!token.sentenceStart || (i > 0 && !token.gapBefore.includes('\n'))) return;
    const last = knownPlaceEnd(this.tokens, i);
    if (last === -1 || !this.tokens.slice(i, last + 1).every((t) => t.allCaps || t.text.length === 1)) return;
    const after = this.tokens[last + 1];
    if (after !== undefined && !/^\s*[-–—:]/.test(after.gapBefore)) return;
    for (let k = i; k <= last; k++) this.blocked[k] = true;
  }

  /**
   * "basisschool Sint Jan", "de St Sebastianus", "Stadhouder Willem III": a saint or a ruler of old that a school
   * or a feast is named after, no one to redact. ("Ellen Sint": after a given name it is a surname.)
   */
  private blockSaints(): void {
    this.tokens.forEach((token, i) => {
      if (!token.capitalised || token.allCaps) return;
      const before = this.tokens[i - 1];
      const afterName = before !== undefined && before.capitalised && !before.allCaps && !before.sentenceStart;
      if (ROYAL_TITLES.has(token.folded)) {
        this.blockSchoolNamedAfterRoyal(i);
        // "Koning Willem-Alexander": the title stays outside the name, as a title does ("Jan Koning" is a surname).
        const next = this.tokens[i + 1];
        if (!afterName && next && isSpaceGap(next.gapBefore) && isListed(FIRST_NAMES, next)) this.blocked[i] = true;
        return;
      }
      if (!SAINT_TITLES.has(token.folded)) return;
      if (afterName && isSpaceGap(token.gapBefore)) return;
      for (let j = i + 1; j <= i + 3; j++) {
        const next = this.tokens[j];
        // ("VBS St.-Joris": the saint's name after a dash too.)
        if (!next?.capitalised || !/^\.?[ -]$/.test(next.gapBefore)) break;
        this.blocked[j] = true;
      }
    });
  }

  /**
   * "Prins Johan Frisoschool", "Koningin Wilhelminaschool", "Prins Willem-Alexanderschool": a royal a school is
   * named after. Only with the school's word: "koning Willem-Alexander" by himself is a person.
   */
  private blockSchoolNamedAfterRoyal(i: number): void {
    for (let j = i + 1; j <= i + 3; j++) {
      const next = this.tokens[j];
      if (!next?.capitalised || !isSpaceGap(next.gapBefore)) return;
      if (isInstitutionWord(next.folded)) {
        for (let k = i; k <= j; k++) this.blocked[k] = true;
        return;
      }
    }
  }

  /**
   * "groep 7/8 van De Wilgenhoek", "op De Akker", "uit De Knipe": after a preposition in lower case a capital "De" and a
   * word no surname list holds name a school, a place or a building (150 times in 152 in the development sets;
   * "de deeltijdbenoeming van De Witte" was the exception).
   */
  private isThingAfterPreposition(i: number): boolean {
    const token = this.tokens[i]!;
    const [before, next] = [this.tokens[i - 1], this.tokens[i + 1]];
    return (
      (token.text === 'De' || token.text === 'Den') &&
      !token.sentenceStart &&
      isSpaceGap(token.gapBefore) &&
      before !== undefined &&
      THING_PREPOSITIONS.has(before.text) &&
      next !== undefined &&
      isSpaceGap(next.gapBefore) &&
      /^\p{Lu}\p{Ll}+$/u.test(next.text) &&
      !SURNAMES.has(next.folded)
    );
  }

  /** A capitalised word after a plain space: the next word of the same name ("De Kleine Wereld"). */
  private isCapitalisedAfterSpace(j: number): boolean {
    const token = this.tokens[j];
    return token !== undefined && token.capitalised && isSpaceGap(token.gapBefore);
  }

  /** "Stichting Flore", "de gemeente Hollands Kroon": the capitalised words after such a noun are its name. */
  private blockNamesOfThings(): void {
    this.tokens.forEach((token, i) => {
      if (this.isThingAfterPreposition(i)) {
        this.blocked[i] = true;
        for (let j = i + 1; this.isCapitalisedAfterSpace(j); j++) this.blocked[j] = true;
        return;
      }
      // ("Voorzitter Raad van Bestuur Jan De Meyer": a noun inside a phrase that is no name names nothing after it.)
      if (!NAMING_NOUN.test(token.folded) || this.blocked[i]) return;
      // ("de directeur van onze school Geert Ros": our own school, and then who.)
      if (POSSESSIVES.has(this.tokens[i - 1]?.folded ?? '')) return;
      // ("Windy Koolwijk Cor Penning": a surname that ends like such a noun names no thing.)
      if (token.capitalised && !this.lexicon.isWord(token.folded)) return;
      // ("Penningmeester Joyce Boek Lid Harmen Woudenberg": after a given name it is a surname, and a role word
      // opens the next member of a list.)
      const before = this.tokens[i - 1];
      if (token.capitalised && isSpaceGap(token.gapBefore) && FIRST_NAMES.has(before?.folded ?? '')) return;
      for (let j = i + 1; this.isCapitalisedAfterSpace(j); j++) {
        if (isRoleToken(this.tokens[j]!)) break;
        this.blocked[j] = true;
      }
    });
  }
}
