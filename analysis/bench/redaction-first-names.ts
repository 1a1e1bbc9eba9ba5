// Writes analysis/src/redaction/names/locale-first-names.ts: the given names of @faker-js/faker's locales that
// the name finder may read as names (see names/locale-given-names.ts for what is left out and why).
// Run: pnpm exec tsx analysis/bench/redaction-first-names.ts   (after upgrading @faker-js/faker)
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { allLocales } from '@faker-js/faker';
import { dutchLexicon } from '../src/redaction/lexicon/dutch-lexicon.ts';
import { localeFirstNamesModule, localeGivenNames } from '../src/redaction/names/locale-given-names.ts';

const { version } = createRequire(import.meta.url)('@faker-js/faker/package.json') as { version: string };
const names = localeGivenNames(allLocales, dutchLexicon());
const file = new URL('../src/redaction/names/locale-first-names.ts', import.meta.url);
writeFileSync(file, localeFirstNamesModule(names, version));
console.log(`locale-first-names.ts: ${names.length} given names from @faker-js/faker ${version}`);
