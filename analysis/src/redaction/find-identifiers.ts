import { IBAN_LENGTHS, isValidBsn, isValidIban } from './checksums.ts';
import type { Entity } from './types.ts';

// 123456782, 1234.56.782, 1234 56 782, 123.456.782, 123 456 782; not part of a longer number or amount.
const BSN_CANDIDATE =
  /(?<![\p{L}\p{N}.,-])(?:\d{9}|\d{4}([ .])\d{2}\1\d{3}|\d{3}([ .])\d{3}\2\d{3})(?![\p{L}\p{N}]|[.,]\d)/gu;

/** Finds citizen service numbers (BSN); only numbers that pass the 11-proef count. */
export function findBsns(text: string): Entity[] {
  const found: Entity[] = [];
  for (const match of text.matchAll(BSN_CANDIDATE)) {
    if (isValidBsn(match[0])) {
      found.push({ type: 'BSN', start: match.index, end: match.index + match[0].length });
    }
  }
  return found;
}

// Country code, check digits, then groups of letters/digits with optional single spaces.
const IBAN_CANDIDATE = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}/giu;

/** Finds IBANs, with or without spaces; only those passing mod-97 count. */
export function findIbans(text: string): Entity[] {
  const found: Entity[] = [];
  const pattern = new RegExp(IBAN_CANDIDATE.source, IBAN_CANDIDATE.flags);
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    // The candidate may run on into the next words ("… 7034 voor"): cut it at the country's length,
    // and look for the next IBAN right after the cut, not after the run-on.
    const end = ibanEnd(match[0]);
    if (end !== undefined) found.push({ type: 'IBAN', start: match.index, end: match.index + end });
    pattern.lastIndex = match.index + (end ?? 1);
  }
  return found;
}

function ibanEnd(candidate: string): number | undefined {
  const expected = IBAN_LENGTHS[candidate.slice(0, 2).toUpperCase()];
  const lengths = expected !== undefined ? [expected] : range(34, 15);
  for (const length of lengths) {
    const end = offsetAfterCharacters(candidate, length);
    if (end === undefined) continue;
    // The cut must fall on a word end, and what is kept must pass the check.
    if (/[\p{L}\p{N}]/u.test(candidate[end] ?? '')) continue;
    if (isValidIban(candidate.slice(0, end))) return end;
  }
  return undefined;
}

function offsetAfterCharacters(candidate: string, count: number): number | undefined {
  let seen = 0;
  for (let i = 0; i < candidate.length; i++) {
    if (candidate[i] !== ' ') seen++;
    if (seen === count) return i + 1;
  }
  return undefined;
}

function range(from: number, downTo: number): number[] {
  const values: number[] = [];
  for (let n = from; n >= downTo; n--) values.push(n);
  return values;
}

// Postcode letters are issued in upper case; SA, SD and SS never are. Acronyms after a year
// ("in 2023 MR-vergadering") are not postcodes.
const POSTCODE = /(?<![\p{L}\p{N}])[1-9]\d{3}( ?)([A-Za-z]{2})(?![\p{L}\p{N}])/gu;
const NEVER_ISSUED = new Set(['SA', 'SD', 'SS']);
const NOT_POSTCODE_LETTERS = new Set([
  'MR',
  'SO',
  'PO',
  'VO',
  'IB',
  'EN',
  'OF',
  'TV',
  'PC',
  'ID',
  'OK',
  'NL',
  'AM',
  'PM',
  'HB',
  'KG',
  'CM',
  'KM',
  'MB',
  'GB',
  'XL',
]);
// Written in lower case, two letters after a number are more often a word or a unit ("in 2024 en",
// "1500 km"): those never count, and "1742 gh" with a space counts only where a postcode stands, before
// a place name or after the word postcode.
const LOWER_CASE_WORDS = new Set(['de', 'en', 'in', 'op', 'te', 'of', 'is', 'ik', 'je', 'we', 'ze', 'al', 'nu', 'na']);
const LOWER_CASE_UNITS = new Set(['mm', 'ml', 'cl', 'dl', 'st', 'pk', 'kb', 'mg', 'gr', 'uu']);
const POSTCODE_WORD_BEFORE = /postcode:?\s*$/i;

function isPostcode(text: string, start: number, end: number, space: string, letters: string): boolean {
  const upper = letters.toUpperCase();
  if (NEVER_ISSUED.has(upper)) return false;
  if (letters === upper) return !NOT_POSTCODE_LETTERS.has(upper);
  const lower = letters.toLowerCase();
  if (NOT_POSTCODE_LETTERS.has(upper) || LOWER_CASE_WORDS.has(lower) || LOWER_CASE_UNITS.has(lower)) return false;
  if (space === '') return true;
  return (
    /^,? \p{Lu}/u.test(text.slice(end, end + 3)) ||
    POSTCODE_WORD_BEFORE.test(text.slice(Math.max(0, start - 12), start))
  );
}

/** Finds Dutch postcodes: 1234 AB and 1234AB, and in lower case where it cannot be a word. */
export function findPostcodes(text: string): Entity[] {
  const found: Entity[] = [];
  for (const match of text.matchAll(POSTCODE)) {
    const end = match.index + match[0].length;
    if (isPostcode(text, match.index, end, match[1] ?? '', match[2] ?? ''))
      found.push({ type: 'POSTCODE', start: match.index, end });
  }
  return found;
}
