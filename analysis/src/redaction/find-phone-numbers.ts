import type { Entity } from './types.ts';

// One separator between digit groups: a space (also a no-break space, as phones paste it), a dot, or a
// dash or en dash with optional spaces ("06 - 1234", "06–1234").
const SEP = String.raw`(?: ?[-–] ?|[ .\u00a0])?`;
const digits = (count: number) => String.raw`(?:${SEP}\d){${count}}`;

// Every Dutch number has 10 digits counting the leading 0 (+31 replaces that 0); service numbers
// (0800/0900/0906/0909) have 4 or 7 digits after the prefix.
const PHONE_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}+])(?:` +
    [
      String.raw`(?:\+|00)31 ?-?(?:\(0\) ?)?[1-9]${digits(8)}`,
      String.raw`\(06\) ?-?\d${digits(7)}`,
      String.raw`\(0[1-9]\d\) ?-?\d${digits(6)}`,
      String.raw`\(0[1-9]\d{2}\) ?-?\d${digits(5)}`,
      String.raw`0(?:800|900|906|909)${SEP}\d${digits(3)}(?:${digits(3)})?`,
      String.raw`0[1-9]${digits(8)}`,
      // A slash only right after the area code, "06/12345678", "020/1234567": "01/02/2024 10" is a date.
      String.raw`0[1-9] ?\/ ?\d${digits(7)}`,
      String.raw`0[1-9]\d ?\/ ?\d${digits(6)}`,
      String.raw`0[1-9]\d{2} ?\/ ?\d${digits(5)}`,
      // Family abroad: +32, +49, +90, +212 … with 7 to 12 more digits.
      String.raw`\+(?!31)[1-9]\d{0,2} ?-?(?:\(0\) ?)?\d${digits(6)}(?:${SEP}\d){0,5}`,
    ].join('|') +
    String.raw`)(?![\p{N}])`,
  'gu',
);

/** Finds Dutch phone numbers in all common spellings (06-12345678, +31 (0)6 …, (010) 123 45 67, 0800-…) and +-prefixed foreign ones. */
export function findPhoneNumbers(text: string): Entity[] {
  const found: Entity[] = [];
  for (const match of text.matchAll(PHONE_NUMBER)) {
    found.push({ type: 'PHONE', start: match.index, end: match.index + match[0].length });
  }
  return found;
}
