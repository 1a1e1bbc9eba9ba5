import { describe, expect, it } from 'vitest';
import { isValidBsn, isValidIban } from './checksums.ts';

describe('isValidBsn (11-proef)', () => {
  it.each([
    // 9·1 + 8·1 + 7·1 + 6·2 + 5·2 + 4·2 + 3·3 + 2·3 − 3 = 66 = 6·11: the classic test number.
    ['111222333'],
    // 9·1 + 8·2 + 7·3 + 6·4 + 5·5 + 4·6 + 3·7 + 2·8 − 2 = 154 = 14·11.
    ['123456782'],
    // Same number in the spellings on Dutch letters: dots 4-2-3, dots 3-3-3, spaces 3-3-3.
    ['1234.56.782'],
    ['123.456.782'],
    ['123 456 782'],
  ])('accepts %s', (bsn) => {
    expect(isValidBsn(bsn)).toBe(true);
  });

  it.each([
    // Sum 147 = 13·11 + 4: an order number, not a BSN.
    ['123456789', 'fails the 11-proef'],
    // Last digit changed from 2 to 1: sum 155, not divisible by 11.
    ['123456781', 'one digit off'],
    ['000000000', 'all zeros passes the arithmetic but is never issued'],
    ['12345678', 'only 8 digits'],
    ['1234567820', '10 digits'],
  ])('rejects %s (%s)', (bsn) => {
    expect(isValidBsn(bsn)).toBe(false);
  });
});

describe('isValidIban (mod-97)', () => {
  it.each([
    // The ABN AMRO example IBAN used in Dutch banking documentation.
    ['NL91ABNA0417164300'],
    ['NL91 ABNA 0417 1643 00'],
    ['nl91abna0417164300'],
    // Belgian (16 characters) and German (22 characters) examples from the IBAN registry.
    ['BE68539007547034'],
    ['DE89370400440532013000'],
  ])('accepts %s', (iban) => {
    expect(isValidIban(iban)).toBe(true);
  });

  it.each([
    ['NL92ABNA0417164300', 'check digits 92 instead of 91'],
    ['NL91ABNA0417164301', 'last digit changed'],
    ['NL91ABNA041716430', 'too short for NL (17 instead of 18)'],
    ['BE68539007547035', 'last digit changed'],
    ['XX00', 'not an IBAN at all'],
  ])('rejects %s (%s)', (iban) => {
    expect(isValidIban(iban)).toBe(false);
  });
});
