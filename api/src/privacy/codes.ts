import { createHash, randomBytes } from 'node:crypto';

// Codes a respondent keeps (receipt, resume) and tokens on invitations. The database keeps only
// their SHA-256, so a copy of the database does not let anyone delete or read back an answer.
const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A code a person can read out and type: 12 characters in three groups, about 60 bits. */
export function newCode(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8, 12)].map((group) => group.join('')).join('-');
}

/** `length` characters of the same alphabet, 5 random bits each (32 letters: no modulo bias). */
export function randomTail(length: number): string {
  return [...randomBytes(length)]
    .map((b) => alphabet[b % alphabet.length])
    .join('')
    .toLowerCase();
}

/** Normalises what a person typed (case, spaces, dashes) before hashing, so "abcd efgh jkmn" matches. */
export function hashCode(code: string): string {
  const normalised = code.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return createHash('sha256').update(normalised).digest('hex');
}
