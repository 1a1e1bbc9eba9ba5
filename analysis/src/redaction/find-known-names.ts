import { FIRST_NAMES, foldName } from './names/index.ts';
import type { Entity, EntityType, KnownName } from './types.ts';

const SCHOOL_WORDS =
  /(?:school|college|lyceum|gymnasium|atheneum|academie|kindcentrum|campus|scholengemeenschap|\b(?:obs|cbs|pcbs|rkbs|ikc|sbo|vso|csg|isk)\b)/i;

/**
 * The type of a known name given as a plain string: SCHOOL when it contains a school word or when
 * nothing else fits (the brief's default), PERSON when it starts with a listed first name.
 */
export function inferKnownNameType(name: string): EntityType {
  if (SCHOOL_WORDS.test(name)) return 'SCHOOL';
  const firstWord = foldName(name.trim().split(/\s+/)[0] ?? '');
  if (FIRST_NAMES.has(firstWord) && /\s/.test(name.trim())) return 'PERSON';
  return 'SCHOOL';
}

function escapeForPattern(name: string): string {
  return name
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/['’]/g, "['’]")
    .replace(/\s+/g, String.raw`\s+`);
}

const WORD = /[\p{L}\p{N}]+/gu;
const FIRST_WORD = /^[\p{L}\p{N}]+/u;

/** One case-insensitive whole-word pattern for these (normalised) names, longest first. */
function namePattern(names: readonly string[], flags: string, lookbehind: boolean): RegExp {
  // Longest first, so "Het Kompas Noord" wins over "Het Kompas".
  const alternatives = [...names].sort((a, b) => b.length - a.length).map(escapeForPattern);
  const start = lookbehind ? '(?<![\\p{L}\\p{N}])' : '';
  return new RegExp(`${start}(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

/**
 * Compiles known names into a case-insensitive whole-word matcher. Names are looked up by their first
 * word: the text is scanned once for words, and only where a word starts a known name is that name tried.
 * (One pattern of all names, tried at every position, cost ~20 µs per story with the 50 schools of an SWV.)
 */
export function compileKnownNames(knownNames: readonly KnownName[]): (text: string) => Entity[] {
  const typeByName = new Map<string, EntityType>();
  for (const known of knownNames) {
    const text = typeof known === 'string' ? known : known.text;
    if (text.trim().length < 2) continue;
    const type = typeof known === 'string' ? inferKnownNameType(text) : known.type;
    typeByName.set(normalise(text), type);
  }
  if (typeByName.size === 0) return () => [];
  const namesByFirstWord = new Map<string, string[]>();
  const irregular: string[] = []; // names that do not start with a letter or digit, such as "'t Kompas"
  for (const name of typeByName.keys()) {
    const first = FIRST_WORD.exec(name)?.[0];
    if (first === undefined) irregular.push(name);
    else namesByFirstWord.set(first, [...(namesByFirstWord.get(first) ?? []), name]);
  }
  const startingWith = new Map([...namesByFirstWord].map(([word, names]) => [word, namePattern(names, 'iuy', false)]));
  const others = irregular.length ? namePattern(irregular, 'giu', true) : null;
  return (text) => {
    const found: Entity[] = [];
    const add = (start: number, match: string) => {
      const type = typeByName.get(normalise(match));
      if (type) found.push({ type, start, end: start + match.length });
    };
    let end = 0;
    for (const word of text.matchAll(WORD)) {
      if (word.index < end) continue; // inside the name found last
      const pattern = startingWith.get(word[0].toLowerCase());
      if (!pattern) continue;
      pattern.lastIndex = word.index;
      const match = pattern.exec(text);
      if (!match) continue;
      add(word.index, match[0]);
      end = word.index + match[0].length;
    }
    if (others) for (const match of text.matchAll(others)) add(match.index, match[0]);
    return found.sort((a, b) => a.start - b.start);
  };
}

function normalise(name: string): string {
  return name.trim().toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
}
