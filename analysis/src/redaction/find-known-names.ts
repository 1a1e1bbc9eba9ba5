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

/** Compiles known names into one case-insensitive whole-word matcher. */
export function compileKnownNames(knownNames: readonly KnownName[]): (text: string) => Entity[] {
  const typeByName = new Map<string, EntityType>();
  for (const known of knownNames) {
    const text = typeof known === 'string' ? known : known.text;
    if (text.trim().length < 2) continue;
    const type = typeof known === 'string' ? inferKnownNameType(text) : known.type;
    typeByName.set(normalise(text), type);
  }
  if (typeByName.size === 0) return () => [];
  // Longest first, so "Het Kompas Noord" wins over "Het Kompas".
  const alternatives = [...typeByName.keys()].sort((a, b) => b.length - a.length).map(escapeForPattern);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) => {
    const found: Entity[] = [];
    for (const match of text.matchAll(pattern)) {
      const type = typeByName.get(normalise(match[0]));
      if (type) found.push({ type, start: match.index, end: match.index + match[0].length });
    }
    return found;
  };
}

function normalise(name: string): string {
  return name.trim().toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
}
