import type { Entity } from './types.ts';

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|' +
  'jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';

const DAY = String.raw`(?:0?[1-9]|[12]\d|3[01])`;
const MONTH_NUMBER = String.raw`(?:0?[1-9]|1[0-2])`;
const YEAR = String.raw`(?:19|20)\d{2}`;
const TEXT_MONTH = String.raw`(?:${MONTHS})\.?`;

// Full dates only: a day and month without a year ("op 3 maart") is ordinary narrative.
const FULL_DATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:` +
    [
      String.raw`${DAY}([-/.])${MONTH_NUMBER}\1${YEAR}`,
      String.raw`${YEAR}([-/])(?:0[1-9]|1[0-2])\2(?:0[1-9]|[12]\d|3[01])`,
      String.raw`${DAY}(?:e|ste|de)? ${TEXT_MONTH} ${YEAR}`,
    ].join('|') +
    String.raw`)(?![\p{L}\p{N}]|[-/.]\d)`,
  'giu',
);

// A date of birth identifies a child even without the year or with a short one: "geboren op 3 mei",
// "jarig op 12-3", "geb 3-3-14", "geboren 3 maart '14", "DOB: 2014/03/03".
const SHORT_YEAR = String.raw`'?\d{2}`;
const BIRTH_DATE = new RegExp(
  String.raw`(?<=\b(?:geboren|geboortedatum|geb\.?|jarig|verjaardag|dob)(?: is)?(?: op)?:? )(?:` +
    [
      String.raw`${DAY} ${TEXT_MONTH}(?: ${SHORT_YEAR}(?![\p{N}]))?`,
      String.raw`${DAY}([-/.])${MONTH_NUMBER}(?:\1${SHORT_YEAR}(?![\p{N}]))?`,
      String.raw`${DAY}[-/]${MONTH_NUMBER}`,
    ].join('|') +
    String.raw`)(?![\p{L}\p{N}]|[-/. ]\d)`,
  'giu',
);

/** Finds full dates (12-03-2014, 2014-03-12, 12 maart 2014) and dates of birth. */
export function findDates(text: string): Entity[] {
  const found: Entity[] = [];
  for (const pattern of [FULL_DATE, BIRTH_DATE]) {
    for (const match of text.matchAll(pattern)) {
      let end = match.index + match[0].length;
      if (text[end - 1] === '.') end--;
      found.push({ type: 'DATE', start: match.index, end });
    }
  }
  return found;
}
