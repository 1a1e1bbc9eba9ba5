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
  'scholengemeenschap',
  'schoolgemeenschap',
  'vbs',
  'gbs',
  'olv',
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
  tokens.forEach((_token, i) => {
    const kind = schoolKindAt(tokens, i);
    if (kind === undefined) return;
    const weak = WEAK_SCHOOL_KIND_BEFORE.has(kind.folded);
    if ((strength === 'strong' && weak) || (strength === 'weak' && !weak)) return;
    const first = tokens[kind.next];
    const last = lastNameWord(tokens, kind.next);
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

/**
 * The school word at i and the index of the word after it: "OBS", or the same in letters with full stops,
 * "o.b.s.", "C.B.S." ("C.B.S. De Heidevlinder" had been read as initials before a surname).
 */
function schoolKindAt(tokens: WordToken[], i: number): { folded: string; next: number } | undefined {
  const token = tokens[i]!;
  if (SCHOOL_KIND_BEFORE.has(token.folded)) return { folded: token.folded, next: i + 1 };
  if (token.text.length !== 1 || token.gapBefore.endsWith('.')) return undefined;
  let j = i;
  while (tokens[j + 1]?.text.length === 1 && tokens[j + 1]!.gapBefore === '.') j++;
  const letters = tokens
    .slice(i, j + 1)
    .map((t) => t.folded)
    .join('');
  if (j === i || WEAK_SCHOOL_KIND_BEFORE.has(letters) || !SCHOOL_KIND_BEFORE.has(letters)) return undefined;
  // The name follows the last full stop and a space.
  return afterFullStop(tokens[j + 1]?.gapBefore ?? '') ? { folded: letters, next: j + 1 } : undefined;
}

/** ". " before a school's name: the last full stop of "o.b.s.", then a space. */
function afterFullStop(gap: string): boolean {
  return /^\.[ \t\u00a0]{1,2}$/.test(gap);
}

function isNameWord(token: WordToken | undefined): boolean {
  return token !== undefined && token.capitalised && !NOT_NAMES.has(token.folded);
}

/** After a school word: an optional article, then capitalised words; the last one's index. */
function lastNameWord(tokens: WordToken[], start: number): number | undefined {
  let j = start;
  const gap = tokens[j]?.gapBefore ?? '';
  // (After "o.b.s." the gap holds its last full stop.)
  if (!isSpaceGap(gap) && !(tokens[j - 1]?.text.length === 1 && afterFullStop(gap))) return undefined;
  if (ARTICLES.has(tokens[j]?.folded ?? '')) j++;
  let last: number | undefined;
  for (;;) {
    // ("scholengemeenschap Vincent van Gogh": a person's name with its tussenvoegsels.)
    while (
      last !== undefined &&
      TUSSENVOEGSELS.has(tokens[j]?.text ?? '') &&
      isSpaceGap(tokens[j]!.gapBefore) &&
      isNameWord(tokens[j + 1])
    )
      j++;
    if (!isNameWord(tokens[j]) || !(j === start || isSpaceGap(tokens[j]?.gapBefore ?? ''))) break;
    last = j++;
  }
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
