import { createHmac, createSecretKey, randomBytes } from 'node:crypto';

/**
 * Keyed pseudonyms for one export: HMAC-SHA256 with a random secret that lives only in this closure,
 * so the ids of two exports cannot be joined and the secret is never stored with the files.
 */
export function createPseudonymiser(): (kind: 'response' | 'story' | 'coder', id: number) => string {
  const secret = createSecretKey(randomBytes(32)); // a key object: prepared once, not per pseudonym
  // 16 hex characters (64 bits): no collisions in practice at a million rows.
  return (kind, id) => createHmac('sha256', secret).update(`${kind}:${id}`).digest('hex').slice(0, 16);
}
