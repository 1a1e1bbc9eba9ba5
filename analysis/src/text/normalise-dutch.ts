// Word-level normalisation. Diacritics that only mark syllables or stress in Dutch (ideeën, geïnformeerd,
// één, vóór) are folded to the plain letter, the same set the Snowball Dutch prelude folds, so that
// "ideeën" and "ideeen" (a common way of typing it) meet. Other accents (crèche, à) are kept.
const FOLDED_DIACRITICS: Record<string, string> = {
  á: 'a',
  ä: 'a',
  é: 'e',
  ë: 'e',
  í: 'i',
  ï: 'i',
  ó: 'o',
  ö: 'o',
  ú: 'u',
  ü: 'u',
};
const FOLDABLE = /[áäéëíïóöúü]/g;
const APOSTROPHE_VARIANTS = /[’‘`´ʼ]/g;

// Written contractions, expanded to the full words. "d'r" is mostly "haar" in stories ("d'r juf"),
// though it can also mean "er"; both are stopwords, so the choice does not move a theme.
const CONTRACTIONS: Record<string, readonly string[]> = {
  "'n": ['een'],
  "'t": ['het'],
  "'s": ['des'],
  "'k": ['ik'],
  "'m": ['hem'],
  "'r": ['haar'],
  "'ns": ['eens'],
  "m'n": ['mijn'],
  "z'n": ['zijn'],
  "zo'n": ['zo', 'een'],
  "d'r": ['haar'],
  "da's": ['dat', 'is'],
};

// Chat spellings young people use for the same words; only unambiguous ones ("zon" is also the sun).
const CHAT_SPELLINGS: Record<string, readonly string[]> = {
  n: ['een'],
  t: ['het'],
  k: ['ik'],
  mn: ['mijn'],
  zn: ['zijn'],
  ff: ['even'],
  idd: ['inderdaad'],
  nie: ['niet'],
  nt: ['niet'],
  wrm: ['waarom'],
  egt: ['echt'],
  tog: ['toch'],
  mss: ['misschien'],
  wss: ['waarschijnlijk'],
  nx: ['niks'],
  ipv: ['in', 'plaats', 'van'],
  kben: ['ik', 'ben'],
  kheb: ['ik', 'heb'],
  kga: ['ik', 'ga'],
  kwil: ['ik', 'wil'],
  kweet: ['ik', 'weet'],
  kvind: ['ik', 'vind'],
  kmoet: ['ik', 'moet'],
};

// Stories reuse a small vocabulary; remembering each written form saves the Unicode work.
const memo = new Map<string, readonly string[]>();
const MEMO_LIMIT = 100_000;

/**
 * Lower-cases a word, folds Dutch stress and trema marks and expands contractions; may return several words.
 * @example normaliseDutchWord("Zo'n") // ['zo', 'een']
 */
export function normaliseDutchWord(raw: string): readonly string[] {
  const known = memo.get(raw);
  if (known) return known;
  const words = normaliseUncached(raw);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(raw, words);
  return words;
}

function normaliseUncached(raw: string): readonly string[] {
  const lower = raw.normalize('NFC').toLowerCase().replace(APOSTROPHE_VARIANTS, "'");
  const folded = lower.replace(FOLDABLE, (letter) => FOLDED_DIACRITICS[letter] ?? letter);
  const contraction = CONTRACTIONS[folded];
  if (contraction) return contraction;
  // A leading apostrophe that is no contraction is a quotation mark; inner ones mark plurals (foto's).
  const bare = folded.replace(/^'+/, '').replace(/'/g, '');
  if (bare.length === 0) return [];
  const chat = CHAT_SPELLINGS[bare];
  return chat ?? [bare];
}
