// When a capitalised word that no list holds is still a name: the words around it say so.
import { KIN_WORDS, TITLE_WORDS } from './name-cues.ts';
import { FIRST_NAMES, NOT_NAMES, OTHER_PROPER_NOUNS, SURNAMES, foldName } from './names/index.ts';
import { isSpaceGap, type WordToken } from './tokenize-words.ts';

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean).map(foldName));

/**
 * Before these a capitalised word is a place or an organisation: "naar Ameland", "op Texel", "van DUO"; also in
 * Frisian ("yn Ljouwert", "út Wytmarsum"), Polish and Ukrainian.
 */
const PLACE_WORDS = set(
  `in naar uit te vanuit richting nabij rond rondom buiten binnen via op van sinds tijdens tot
  yn út nei
  from to at z ze do w we з із зі до у в на від`,
);

/** After a determiner a capitalised word is a thing: "de Efteling", "het Jeugdjournaal", "onze Ouderraad". */
const DETERMINERS = set(`de het een deze dit die elke iedere ieder geen welke zo'n onze ons mijn m'n jouw je uw hun`);

/** Sentence openers after which the next word may be a name: "Toen Amira …", "Met Nouri …". */
const OPENERS = set(`
toen dat omdat want maar en of als zodat terwijl nadat voordat totdat hoewel zoals ook nu dus daarna
gisteren vandaag verder tevens bovendien daarnaast daarom echter vervolgens inmiddels helaas gelukkig
volgens met voor over bij tegen zonder naast behalve door alleen zelfs
`);

/** "Verder", "Daarna", "Volgens": a word a sentence opens with, never a surname after initials ("N.B. Verder"). */
export function isSentenceWord(folded: string): boolean {
  return OPENERS.has(folded) || DETERMINERS.has(folded) || PLACE_WORDS.has(folded);
}

// Heads and endings of Dutch compounds and derived words, so "Klachtencommissie", "Kinderboekenweek",
// "Castricum", "Syrië" and "Afghanistan" are not taken for names ("[^k]atie" spares "Katie").
// names/name-lists.test.ts checks that they refuse almost no listed first name.
const NOT_NAME_ENDINGS = `
heid heden ing ingen [^k]atie ctie ntie itie missie sessie cussie rsie usie isie teit schap isme lijk lijke
[^a]ige isch ische baar bare loos loze zaam zame ië nistan kistan distan kije garije gerije ersum ussum
insum okkum akkum orkum ricum eum ium trum bum tum rum dam drecht hoven wijk kerk burg dorp zijl woude
raad commissie team zorg school groep toets dag week feest vakantie avond dienst centrum bureau loket
huis plein straat laan weg park kade gracht plan lijst brief boek kaart geld bijdrage verband punt arts
ouder ouders kind kinderen tijd jaar gesprek rapport advies onderwijs syndroom stoornis therapie hulp
taal talen spel sport bond fonds markt winkel zaal bad skoalle college lyceum
`;
const NOT_NAME_ENDING = new RegExp(`(?:${NOT_NAME_ENDINGS.trim().split(/\s+/).join('|')})$`);

/** "Klachtencommissie", "Kinderboekenweek", "Syrië": an ending no name has. */
export function hasNotNameEnding(folded: string): boolean {
  return NOT_NAME_ENDING.test(folded);
}

/**
 * Nouns whose own name follows them: "de gemeente Hollands Kroon", "Stichting Flore", "de app Bingel",
 * "voetbalclub Zeeburgia", "het schoolbestuur Spaarnesant", "kleuterschool Duizendvoet", "peuterspeelzaal Ienie
 * Mienie", "haar woonplaats Raqqa", "bakkerij Braas". What follows is not a person.
 */
export const NAMING_NOUN =
  /(?:stichting|vereniging|gemeente|bestuur|club|team|school|scholen|speelzaal|methode|app|programma|website|site|platform|bedrijf|firma|boekhandel|organisatie|locatie|vestiging|campus|dorpshuis|buurthuis|clubhuis|instelling|praktijk|centrum|kinderopvang|opvang|bureau|winkel|film|serie|boek|boekje|spel|game|merk|cursus|training|project|thema|wijk|dorp|stad|provincie|eiland|rivier|woonplaats|geboorteplaats|bakkerij)$/;

/** A capitalised word that could be a name nobody listed: not a known non-name, not a Dutch compound. */
export function isGuessable(token: WordToken): boolean {
  if (!token.capitalised || token.allCaps || token.text.length < 3) return false;
  // "ParnasSys", "TikTok", "Cito-toets", "Zuid-Amerika": brands, compounds and places, not names
  // (a hyphenated name with a listed part, "Anne-Fleur", is found from the lists).
  if (!/^\p{Lu}\p{Ll}+$/u.test(token.text)) return false;
  const folded = token.folded;
  if (NOT_NAMES.has(folded) || OTHER_PROPER_NOUNS.has(folded)) return false;
  // The plural of a non-name is no name either: "Chromebooks", "Teams".
  const singular = folded.endsWith('s') ? folded.slice(0, -1) : '';
  if (NOT_NAMES.has(singular) || OTHER_PROPER_NOUNS.has(singular)) return false;
  if (TITLE_WORDS.has(folded) || KIN_WORDS.has(folded)) return false;
  return !NOT_NAME_ENDING.test(folded);
}

/** A capitalised word in no name list that a guess would refuse: "Zaandam", "Kentalis", "Zuid-Holland". */
function isKnownNonPerson(token: WordToken): boolean {
  if (!token.capitalised || token.allCaps) return false;
  return !FIRST_NAMES.has(token.folded) && !SURNAMES.has(token.folded) && !isGuessable(token);
}

/** False after a word that makes the next one a place or a thing: "naar Ommen", "de Efteling". */
export function isPersonSlotAfter(previous: WordToken | undefined): boolean {
  if (!previous) return true;
  const word = previous.folded;
  return !PLACE_WORDS.has(word) && !DETERMINERS.has(word) && !NAMING_NOUN.test(word);
}

/**
 * "voor Nouri", "dat Jurriaan", "met Tesfalem": a capitalised word inside a sentence, after a plain
 * space, not after an article or a place word, not part of a longer capitalised name, and not before
 * a number ("Postbus 12"). "in Nouri's klas" counts despite the "in".
 */
export function isNameInsideSentence(tokens: readonly WordToken[], i: number, text: string): boolean {
  const token = tokens[i];
  const previous = tokens[i - 1];
  if (!token || !previous || token.sentenceStart || !/^,? $/.test(token.gapBefore)) return false;
  const after = text.slice(token.end, token.end + 3);
  const possessive = /^['’]s(?!\p{L})/u.test(after);
  if (!possessive && !isPersonSlotAfter(previous)) return false;
  // "de nieuwe Wet", "het schoolbestuur Spaarnesant": after a determiner and a word, a thing
  // (but "het dat Gideon …": "dat" is a conjunction there).
  const beforePrevious = tokens[i - 2];
  const afterDeterminer = beforePrevious !== undefined && DETERMINERS.has(beforePrevious.folded);
  if (!previous.capitalised && afterDeterminer && !OPENERS.has(previous.folded)) return false;
  if (previous.capitalised && !(previous.sentenceStart && OPENERS.has(previous.folded))) return false;
  // "Zaandam en Wormerveer", "Kentalis, Auris": joined to a place or organisation, the same kind.
  const joinedTo = previous.text === 'en' || previous.text === 'of' ? beforePrevious : undefined;
  if (joinedTo && isKnownNonPerson(joinedTo)) return false;
  if (token.gapBefore === ', ' && isKnownNonPerson(previous)) return false;
  if (/^\s+\d/.test(after)) return false;
  const next = tokens[i + 1];
  return !(next && isSpaceGap(next.gapBefore) && next.capitalised && !next.sentenceStart);
}

/** A number up to eighteen, in digits or words: an age or a count. */
export const NUMBER_WORDS = `\\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien`;
/** A role or a political party in brackets after a name. */
const ROLES_IN_BRACKETS = `directeur|directrice|adjunct-directeur|voorzitter|secretaris|penningmeester|lid|notulist|leerkracht|\
intern begeleider|ib'er|mentor|moeder|vader|ouder|wethouder|raadslid|VVD|CDA|D66|PvdA|SP|GroenLinks|GL|ChristenUnie|CU|SGP|\
PVV|JA21|BBB|PvdD|Volt|DENK|FvD|50PLUS|N-VA|CD&V|Open VLD|Vooruit|Groen`;
// "Nouri (8)", "Nouri (groep 5)", "Nouri, 8 jaar," "Nouri is acht jaar", "Nouri, mijn zoon,".
const AGE_OR_ROLE_AFTER = new RegExp(
  // "Siebren (8)", "Adem (6a)", "Tesfom (groep 5)", "Mahassine – voorzitter", "Debita Zwanenburg (directeur)",
  // "Ageet van Dijken (ChristenUnie)".
  `^(?: \\((?:\\d{1,2}[a-z]?\\b|(?:groep|gr\\.?) ?\\d|(?:${ROLES_IN_BRACKETS})\\))|,? (?:is |wordt |werd )?(?:${NUMBER_WORDS}) jaar\\b(?! geleden)|, (?:mijn|onze|ons|m'n|haar|zijn) (\\p{L}+)| [-–] (?:voorzitter|secretaris|penningmeester|notulist|lid)\\b)`,
  'u',
);

/**
 * Words after an unknown capitalised name that make it a child: an age, a school class, an apposition
 * ("Nouri, mijn zoon,"), "X en ik", "X zit in groep 6", "X uit groep 5". Also at a sentence start.
 */
export function isNameByWhatFollows(tokens: readonly WordToken[], i: number, text: string): boolean {
  const token = tokens[i];
  if (!token) return false;
  const match = AGE_OR_ROLE_AFTER.exec(text.slice(token.end, token.end + 40));
  if (match) return match[1] === undefined || KIN_WORDS.has(foldName(match[1]));
  const [next, second, third] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (!next || !second || !isSpaceGap(next.gapBefore) || !isSpaceGap(second.gapBefore)) return false;
  if (next.text === 'en' && second.text === 'ik') return true;
  const sits = (next.text === 'zit' || next.text === 'zat') && (second.text === 'in' || second.text === 'op');
  if (sits && third !== undefined && /^(?:groep|klas|de|het|brugklas|school)$/.test(third.folded)) return true;
  // "Tesfom uit groep 5", "Tesfom van klas 2b".
  // "Liyana van basisschool De Ruimte", "Thijs Bok van CBS Eben Haëzer".
  return (next.text === 'uit' || next.text === 'van') && SCHOOL_AFTER.test(second.text);
}

const SCHOOL_AFTER = /^(?:groep|klas|basisschool|school|obs|cbs|kbs|pcbs|rkbs|ods|sbo|vbs)$/i;

/** Verbs only a person does: "Roos zegt", "Bas wil niet", never a flower, a bass or a storm. */
export const PERSON_VERBS = set(`
zegt zei vindt vond wil wilde huilt huilde durft durfde pest pestte plaagt plaagde praat praatte vertelt
vertelde vraagt vroeg snapt snapte begrijpt begreep weet wist denkt dacht voelt voelde schaamt schaamde
lacht lachte scheldt schold slaat sloeg schopt schopte mist miste leert leerde hoopt hoopte
`);

/** Verbs a person does before the subject is named: "zegt De Neef", "kijkt De Poorter verrast op". */
export const SPEAKING_VERBS = new Set([
  ...PERSON_VERBS,
  ...set(`kijkt keek foetert glimlacht knikt zucht antwoordt antwoordde reageert reageerde vult vulde besluit besloot
  aldus legt legde`),
]);

/** "Roos wil niet meer naar school": a name that is also a word, at a sentence start, before a person's verb. */
export function isPersonByVerbAfter(tokens: readonly WordToken[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && isSpaceGap(next.gapBefore) && !next.capitalised && PERSON_VERBS.has(next.folded);
}

/** "ik en Nouri": after "ik en" a capitalised word is a person. */
export function followsIkEn(tokens: readonly WordToken[], i: number): boolean {
  const [before, conjunction] = [tokens[i - 2], tokens[i - 1]];
  return conjunction?.text === 'en' && before?.folded === 'ik';
}
