/**
 * True when a 9-digit BSN passes the 11-proef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11.
 * Dots and spaces are ignored. Example: `isValidBsn('111222333') === true`.
 */
export function isValidBsn(value: string): boolean {
  const digits = value.replace(/[\s.]/g, '');
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** IBAN lengths per country (ISO 13616 registry) for the countries Dutch families bank in most. */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  NL: 18,
  BE: 16,
  DE: 22,
  FR: 27,
  GB: 22,
  ES: 24,
  IT: 27,
  PL: 28,
  PT: 25,
  LU: 20,
  AT: 20,
  CH: 21,
  TR: 26,
  UA: 29,
  IE: 22,
  DK: 18,
  SE: 24,
  NO: 15,
  FI: 18,
  RO: 24,
  BG: 22,
  HU: 28,
  CZ: 24,
  SK: 24,
  GR: 27,
  LT: 20,
  LV: 21,
  EE: 20,
  HR: 21,
  SI: 19,
  CY: 28,
  MT: 31,
  SA: 24,
  AE: 23,
  JO: 30,
  LB: 28,
};

/**
 * True when an IBAN has its country's length and passes ISO 7064 mod-97 (remainder 1).
 * Spaces are ignored, letters may be lower case. Example: `isValidIban('NL91 ABNA 0417 1643 00') === true`.
 */
export function isValidIban(value: string): boolean {
  const iban = value.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const expectedLength = IBAN_LENGTHS[iban.slice(0, 2)];
  if (expectedLength !== undefined && iban.length !== expectedLength) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char.charCodeAt(0);
    // Letters count as two digits (A = 10 … Z = 35); digit by digit keeps the number small.
    const chunk = code >= 65 ? String(code - 55) : char;
    for (const digit of chunk) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}
