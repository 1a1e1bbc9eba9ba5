// Given names of many countries for the names the hand-written lists miss (issue 19: "a rare or foreign
// first name"): "Dagmar", "Bülent", "Sybilla", "Engelbert". Read from the locale data of the npm package
// @faker-js/faker (77 locales, MIT), a development dependency only: `pnpm exec tsx analysis/bench/redaction-first-names.ts`
// writes the list into locale-first-names.ts, and locale-given-names.test.ts checks the two are the same.
import type { LocaleDefinition } from '@faker-js/faker';
import type { DutchLexicon } from '../lexicon/dutch-lexicon.ts';
import { isEnglishWord } from '../lexicon/english-words.ts';
import { NOT_NAMES, OTHER_PROPER_NOUNS, foldName } from './index.ts';

/** A name of the list's form: Latin letters (with accents), apostrophes and hyphens, capitalised. */
const LATIN_NAME = /^\p{Lu}[\p{Script=Latin}\p{M}'-]+$/u;

/**
 * The given names of the locales, lower case, sorted by their folded form, one of each. Left out, so that
 * a name list never makes a word a name: a Dutch word or an inflection of one ("Bente" as "bent"; only a
 * capitalised entry with no lower-case twin, "Dagmar", stays), an English word ("May", "Will"), a place
 * ("Odessa", "Washington"), a word that is never a name, and names of one or two letters.
 */
export function localeGivenNames(locales: Record<string, LocaleDefinition>, lexicon: DutchLexicon): string[] {
  const byFolded = new Map<string, string>();
  for (const locale of Object.values(locales)) {
    const entry = locale.person?.first_name;
    if (!entry) continue;
    const names = Array.isArray(entry) ? entry : [entry.generic, entry.female, entry.male].flat();
    for (const name of names) {
      if (typeof name !== 'string' || !LATIN_NAME.test(name)) continue;
      const folded = foldName(name);
      if (folded.length < 3 || byFolded.has(folded) || !isNameOnly(folded, lexicon)) continue;
      byFolded.set(folded, name.toLowerCase());
    }
  }
  return [...byFolded].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, name]) => name);
}

function isNameOnly(folded: string, lexicon: DutchLexicon): boolean {
  if (lexicon.isWord(folded) && !lexicon.isOnlyCapitalised(folded)) return false;
  // ("May 2, 2022" under a quoted tweet; "Will", "Hope".)
  if (isEnglishWord(folded)) return false;
  return !lexicon.isPlace(folded) && !OTHER_PROPER_NOUNS.has(folded) && !NOT_NAMES.has(folded);
}

/** The list as the TypeScript module locale-first-names.ts, in the form of the hand-written lists. */
export function localeFirstNamesModule(names: readonly string[], version: string): string {
  const lines: string[] = [];
  let line = '';
  for (const name of names) {
    if (line !== '' && line.length + 1 + name.length > 110) {
      lines.push(line);
      line = '';
    }
    line = line === '' ? name : `${line} ${name}`;
  }
  if (line !== '') lines.push(line);
  return [
    `// Generated from @faker-js/faker ${version} by analysis/bench/redaction-first-names.ts (see locale-given-names.ts):`,
    '// do not edit by hand. Given names of 77 locales that are no Dutch word, no place and never a name elsewhere.',
    'export const LOCALE_FIRST_NAMES = `',
    ...lines,
    '`;',
    '',
  ].join('\n');
}
