// The English word list of Hunspell (npm package `dictionary-en`, installed with the project, never fetched at
// run time), lower-case entries only. Parents write stories in English too (a respondent language): there a
// sentence starts with "When", "Our" or "Sometimes", which the Dutch lexicon does not know and would leave as a
// possible name for a researcher to decide, story after story.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

let words: Set<string> | undefined;

function englishWords(): Set<string> {
  if (!words) {
    const require = createRequire(import.meta.url);
    const dic = readFileSync(new URL('index.dic', `file://${require.resolve('dictionary-en')}`), 'utf8');
    words = new Set();
    for (const line of dic.split('\n').slice(1)) {
      const word = line.split('/')[0]!.trim();
      // Capitalised entries are names and places ("Ethan", "Boston"): those stay names.
      if (word !== '' && word === word.toLowerCase()) words.add(word);
    }
  }
  return words;
}

/** A lower-case English word, or a plain inflection of one: "when", "our", "sometimes", "moved", "waiting". */
export function isEnglishWord(lower: string): boolean {
  const list = englishWords();
  if (list.has(lower)) return true;
  // Hunspell derives these by affix rules; the common ones undone by hand are enough for a sentence's words.
  for (const [ending, stems] of ENDINGS) {
    if (!lower.endsWith(ending) || lower.length - ending.length < 2) continue;
    const stem = lower.slice(0, -ending.length);
    if (stems.some((add) => list.has(stem + add))) return true;
    if (ending === 'ed' && stem.endsWith('i') && list.has(`${stem.slice(0, -1)}y`)) return true;
  }
  return false;
}

const ENDINGS: [string, string[]][] = [
  ['s', ['']],
  ['es', ['']],
  ['ed', ['', 'e']],
  ['ing', ['', 'e']],
  ['ly', ['']],
];
