import { isRoleWord } from './name-cues.ts';
import { NOT_NAMES } from './names/index.ts';
import { isSpaceGap, tokenizeWords, type WordToken } from './tokenize-words.ts';
import type { Entity } from './types.ts';

// Generic words before a school's own name: "basisschool De Regenboog", "OBS Het Kompas".
const SCHOOL_KIND_BEFORE = new Set([
  'basisschool',
  'school',
  'obs',
  'cbs',
  'pcbs',
  'rkbs',
  'ikc',
  'kindcentrum',
  'sbo',
  'so',
  'vso',
  'montessorischool',
  'daltonschool',
  'jenaplanschool',
  'vrijeschool',
  'kbs',
  'ods',
  'csg',
  'isk',
]);
// School words that end a school's name: "Bonhoeffer College", "Stedelijk Gymnasium".
const SCHOOL_KIND_AFTER = new Set([
  'college',
  'lyceum',
  'gymnasium',
  'atheneum',
  'school',
  'scholengemeenschap',
  'academie',
  'campus',
  'kindcentrum',
  'basisschool',
  'mavo',
  'vakcollege',
]);
const ARTICLES = new Set(['de', 'het', "'t", 'den']);
// Inside a school named after a person: "Johan de Witt College", "Jan van Brakel School".
const TUSSENVOEGSELS = new Set(['de', 'van', 'der', 'den', 'ter', 'ten']);

// After these the capitalised word is the school's own name, never a child: "basisschool Antonius",
// "OBS Kortland". After "school" (and "so") it may be a child: "op school Daan gezien".
const WEAK_SCHOOL_KIND_BEFORE = new Set(['school', 'so']);

/**
 * "basisschool De Regenboog", "OBS Het Kompas": the name after a generic school word. `strength` picks
 * the school words after which a name is surely the school's ('strong') or may be a person ('weak').
 */
export function findSchoolNamesAfterSchoolWord(
  text: string,
  tokens = tokenizeWords(text),
  strength: 'strong' | 'weak' | 'all' = 'all',
): Entity[] {
  const found: Entity[] = [];
  tokens.forEach((token, i) => {
    if (!SCHOOL_KIND_BEFORE.has(token.folded)) return;
    const weak = WEAK_SCHOOL_KIND_BEFORE.has(token.folded);
    if ((strength === 'strong' && weak) || (strength === 'weak' && !weak)) return;
    const first = tokens[i + 1];
    const last = lastNameWord(tokens, i + 1);
    const lastToken = last === undefined ? undefined : tokens[last];
    if (first && lastToken) found.push({ type: 'SCHOOL', start: first.start, end: lastToken.end });
  });
  return found;
}

/** "Bonhoeffer College", "Stedelijk Gymnasium": capitalised words ending in a school word. */
export function findSchoolNamesEndingInSchoolWord(text: string, tokens = tokenizeWords(text)): Entity[] {
  const found: Entity[] = [];
  tokens.forEach((token, i) => {
    if (!SCHOOL_KIND_AFTER.has(token.folded) || !token.capitalised || token.sentenceStart) return;
    const first = firstNameWord(tokens, i);
    const firstToken = first === undefined ? undefined : tokens[first];
    if (firstToken) found.push({ type: 'SCHOOL', start: firstToken.start, end: token.end });
  });
  return found;
}

function isNameWord(token: WordToken | undefined): boolean {
  return token !== undefined && token.capitalised && !NOT_NAMES.has(token.folded);
}

/** After a school word: an optional article, then capitalised words; the last one's index. */
function lastNameWord(tokens: WordToken[], start: number): number | undefined {
  let j = start;
  if (!isSpaceGap(tokens[j]?.gapBefore ?? '')) return undefined;
  if (ARTICLES.has(tokens[j]?.folded ?? '')) j++;
  let last: number | undefined;
  while (isNameWord(tokens[j]) && isSpaceGap(tokens[j]?.gapBefore ?? '')) last = j++;
  return last;
}

/** Before a school word: capitalised words and initials ("Jac. P. Thijsse College"). */
function firstNameWord(tokens: WordToken[], schoolWord: number): number | undefined {
  let first: number | undefined;
  // A school is named after at most a few words ("Jac. P. Thijsse"); more is a run-on heading.
  for (let j = schoolWord - 1; j >= Math.max(0, schoolWord - 4); j--) {
    const token = tokens[j];
    const gapAfter = tokens[j + 1]?.gapBefore ?? '';
    const initial = token !== undefined && token.capitalised && token.text.length <= 3 && /^\. ?$/.test(gapAfter);
    const particle =
      token !== undefined &&
      j + 1 < schoolWord &&
      TUSSENVOEGSELS.has(token.text) &&
      isSpaceGap(gapAfter) &&
      isNameWord(tokens[j - 1]);
    if (!initial && !particle && !(isNameWord(token) && isSpaceGap(gapAfter))) break;
    // "Lenie Manusiwa Ouder Futura College": on a council's list typed flat a role ends the school's name.
    if (token !== undefined && isRoleWord(token.folded)) break;
    first = j;
    if (token?.sentenceStart) break;
  }
  return first;
}
