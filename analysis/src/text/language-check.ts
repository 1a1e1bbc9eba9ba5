import { DUTCH_NEGATORS, DUTCH_STOPWORDS } from './dutch-stopwords.ts';
import type { DutchToken } from './tokenise-dutch.ts';

// Dutch function words that are also common words in English, German, French, Spanish or Polish
// ("de", "en", "in", "is", "die", "was", "we", "me", "na") say nothing about the language.
const SHARED_WITH_OTHER_LANGUAGES = new Set(
  'de en in is die was we me men na te je u al over had hem door hoe want wie ja hier ze of dan zo ge der'.split(' '),
);

const DUTCH_MARKERS: ReadonlySet<string> = new Set(
  [...DUTCH_STOPWORDS, ...DUTCH_NEGATORS].filter((word) => !SHARED_WITH_OTHER_LANGUAGES.has(word)),
);

// Frequent function words of the languages Klankbord's respondents most often write in besides Dutch.
const FOREIGN_MARKERS: ReadonlySet<string> = new Set(
  [
    'the and my you your to with not are have has this it for they he she our at be but very', // en
    'und ist nicht ich mit das ein eine sie mein meine auf auch fur wird sehr', // de
    'le la les et est un une pas mon ma mes avec pour dans tres elle il', // fr
    'el los las y es que muy mi con para por una', // es
    've bir bu cok icin ile benim degil ama cocugum', // tr (diacritics folded as the tokeniser does not)
    'i w nie sie jest na ze moje moj bardzo', // pl
  ]
    .join(' ')
    .split(' ')
    .filter((word) => !DUTCH_MARKERS.has(word)),
);

const ASCII_WORD = /^[a-z0-9]+$/;
const LATIN_WORD = /^[\p{Script=Latin}\p{N}]+$/u;

// Most words are plain ASCII; the Unicode script test is only needed for the rest.
function isLatinWord(word: string): boolean {
  return ASCII_WORD.test(word) || LATIN_WORD.test(word);
}

/** Below this many words, shares are too noisy; a short text needs one Dutch marker or known word. */
export const SHORT_TEXT_WORDS = 5;
/** Share of distinctly Dutch function words a text of SHORT_TEXT_WORDS or more needs. */
export const MIN_DUTCH_SHARE = 0.12;

export interface DutchLanguageCheck {
  readonly dutch: boolean;
  readonly words: number;
  /** Share of words that are distinctly Dutch function words. */
  readonly dutchShare: number;
  /** Share of words that are function words of another common language. */
  readonly foreignShare: number;
}

/**
 * A simple check that text is Dutch: enough distinctly Dutch function words, more than foreign ones,
 * and mostly Latin script. `isKnownWord` lets a short text ("pesten!") pass on a known content word.
 * @example checkDutchLanguage(tokeniseDutch('Mijn zoon wordt gepest op school')).dutch // true
 */
export function checkDutchLanguage(
  tokens: readonly DutchToken[],
  isKnownWord: (norm: string) => boolean = () => false,
): DutchLanguageCheck {
  let dutch = 0;
  let foreign = 0;
  let latin = 0;
  for (const token of tokens) {
    if (DUTCH_MARKERS.has(token.norm)) dutch += 1;
    else if (FOREIGN_MARKERS.has(token.norm)) foreign += 1;
    if (isLatinWord(token.norm)) latin += 1;
  }
  const words = tokens.length;
  const dutchShare = words === 0 ? 0 : dutch / words;
  const foreignShare = words === 0 ? 0 : foreign / words;
  const mostlyLatin = latin * 2 > words;
  const enoughDutch =
    words < SHORT_TEXT_WORDS
      ? dutch > 0 || tokens.some((token) => isKnownWord(token.norm))
      : dutchShare >= MIN_DUTCH_SHARE;
  return { dutch: mostlyLatin && enoughDutch && dutch >= foreign, words, dutchShare, foreignShare };
}
