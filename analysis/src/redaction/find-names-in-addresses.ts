// A person's e-mail address or social handle often spells the name written beside it: "Carmen Klaver:
// carmen.klaver@schoolhuys.nl", "Edde Beket (@eddebeket)". The words of such a name are found again in the
// address's own letters, which no name list or lexicon needs to know.
import { foldName } from './names/index.ts';
import { dutchLexicon } from './lexicon/dutch-lexicon.ts';
import { isSpaceGap, type WordToken } from './tokenize-words.ts';
import type { Entity } from './types.ts';
import { looksLikeName } from './name-shape.ts';

/** The letters of an address before "@", or of a handle after it: "carmen.klaver", "eddebeket". */
function addressLetters(text: string, entity: Entity): string {
  const value = text.slice(entity.start, entity.end);
  const local = entity.type === 'EMAIL' ? value.slice(0, value.indexOf('@')) : value.replace(/^@/, '');
  return foldName(local).replace(/[^a-z]/g, '');
}

/**
 * PERSON entities for runs of two or three capitalised words, outside every entity but names, whose letters
 * together open an e-mail address's or a handle's letters ("carmen.klaver" for "Carmen Klaver"). They replace
 * the shorter names they cover ("Carmen" alone).
 */
export function findNamesInAddresses(
  text: string,
  tokens: readonly WordToken[],
  entities: readonly Entity[],
): Entity[] {
  // E-mail addresses, and social handles (PERSON entities that start with "@").
  const addresses = entities.filter((e) => e.type === 'EMAIL' || (e.type === 'PERSON' && text[e.start] === '@'));
  if (addresses.length === 0) return [];
  const lexicon = dutchLexicon();
  const letters = addresses.map((a) => addressLetters(text, a)).filter((l) => l.length >= 5);
  const free = (token: WordToken) =>
    !entities.some((e) => e.type !== 'PERSON' && token.start < e.end && e.start < token.end);
  const found: Entity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let last = Math.min(i + 2, tokens.length - 1); last > i; last--) {
      const run = tokens.slice(i, last + 1);
      if (!run.every((t, k) => t.capitalised && free(t) && (k === 0 || isSpaceGap(t.gapBefore)))) continue;
      const joined = run.map((t) => t.folded.replace(/[^a-z]/g, '')).join('');
      // "Administratie Zuid" of "administratie.zuid@" is a mailbox: some word must be a name.
      if (!run.some((t) => looksLikeName(t, lexicon))) continue;
      if (joined.length >= 5 && letters.some((l) => l.startsWith(joined))) {
        found.push({ type: 'PERSON', start: run[0]!.start, end: run[run.length - 1]!.end });
        i = last;
        break;
      }
    }
  }
  return found;
}
