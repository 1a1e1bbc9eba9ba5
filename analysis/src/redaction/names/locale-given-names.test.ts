import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { allLocales } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { redactText } from '../create-redactor.ts';
import { dutchLexicon } from '../lexicon/dutch-lexicon.ts';
import { LOCALE_FIRST_NAMES } from './locale-first-names.ts';
import { localeFirstNamesModule, localeGivenNames } from './locale-given-names.ts';

const { version } = createRequire(import.meta.url)('@faker-js/faker/package.json') as { version: string };

describe('given names of the locales', () => {
  const names = localeGivenNames(allLocales, dutchLexicon());

  // A list nobody regenerated after an upgrade of the package, or edited by hand, would drift from its source.
  it('are what the installed @faker-js/faker gives (pnpm exec tsx analysis/bench/redaction-first-names.ts)', () => {
    const file = readFileSync(new URL('./locale-first-names.ts', import.meta.url), 'utf8');
    expect(file).toBe(localeFirstNamesModule(names, version));
    expect(LOCALE_FIRST_NAMES.split(/\s+/).filter(Boolean)).toEqual(names);
  });

  it('hold no Dutch word, inflection, place or short word, but keep names OpenTaal lists only with a capital', () => {
    // "Per" is also "per", "Bente" reads as "bent", "Odessa", "Washington" and "Brielle" are places.
    for (const word of ['per', 'bente', 'odessa', 'washington', 'brielle', 'al'])
      expect(names, word).not.toContain(word);
    for (const name of ['dagmar', 'bülent', 'sybilla', 'engelbert']) expect(names, name).toContain(name);
  });

  // OpenTaal lists "Dagmar" with a capital and no name flag, so without this list it passed for a word.
  it.each([
    ['Dagmar zegt dat het goed gaat.', '[NAAM] zegt dat het goed gaat.'],
    ['Ik sprak met Dagmar over de klas.', 'Ik sprak met [NAAM] over de klas.'],
  ])('make a given name that OpenTaal holds as a word a name: %s', (text, redacted) => {
    expect(redactText(text).text).toBe(redacted);
  });
});
