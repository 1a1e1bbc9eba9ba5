import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

// The key comes from the resume code alone (about 60 random bits, stored only as a hash), so only the
// person holding the resume code can open the seal and get their receipt code back on another device.
function keyOf(resumeCode: string): Buffer {
  const normalised = resumeCode.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return createHash('sha256').update(`klankbord-receipt-seal:${normalised}`).digest();
}

/** Seals a receipt code with a resume code: base64 of iv | tag | ciphertext (AES-256-GCM). */
export function sealReceipt(receiptCode: string, resumeCode: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(resumeCode), iv);
  const ciphertext = Buffer.concat([cipher.update(receiptCode, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64');
}

/** The receipt code, or null when the seal does not open with this resume code. */
export function openReceipt(sealed: string, resumeCode: string): string | null {
  try {
    const bytes = Buffer.from(sealed, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', keyOf(resumeCode), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
