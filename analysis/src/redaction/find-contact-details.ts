import type { Entity } from './types.ts';

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

// Top-level domains seen in Dutch school communication; a bare "word.word" needs one of these.
const BARE_DOMAIN_TLDS = 'nl|com|org|net|be|eu|info|nu|io|app|online|school|edu|de|uk|fr|tv|me|co';
const URL = new RegExp(
  String.raw`(?<![\p{L}\p{N}@._-])(?:(?:https?:\/\/|www\.)[^\s<>"'()\[\]]+|` +
    String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}-]+)*\.(?:${BARE_DOMAIN_TLDS})(?![\p{L}\p{N}-])(?:\/[^\s<>"'()\[\]]*)?)`,
  'giu',
);

// "@jan_de_vries" but not the middle of an e-mail address.
const SOCIAL_HANDLE = /(?<![\p{L}\p{N}._%+-])@[\p{L}\p{N}_.]{2,30}/gu;

/** Sentence punctuation right after an address or link belongs to the sentence, not the entity. */
function trimTrailingPunctuation(text: string, start: number, end: number): number {
  while (end > start && /[.,;:!?'"’)]/.test(text[end - 1] ?? '')) end--;
  return end;
}

function collect(text: string, pattern: RegExp, type: Entity['type']): Entity[] {
  const found: Entity[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const end = trimTrailingPunctuation(text, start, start + match[0].length);
    if (end > start) found.push({ type, start, end });
  }
  return found;
}

export function findEmailAddresses(text: string): Entity[] {
  return collect(text, EMAIL, 'EMAIL');
}

/**
 * "zegt wethouder Erik Drenth.De school …": a full stop without its space before a capitalised word that happens to
 * be a top-level domain ("De", "Nu", "Me") is a sentence's end, not a bare domain ("SCHOOL.NL" still is one).
 */
const SENTENCE_GLUED_TO_WORD = /^[\p{L}\p{N}-]+\.\p{Lu}\p{Ll}+$/u;

export function findUrls(text: string): Entity[] {
  return collect(text, URL, 'URL').filter((url) => !SENTENCE_GLUED_TO_WORD.test(text.slice(url.start, url.end)));
}

/** Social-media handles are names: they point at one person. */
export function findSocialHandles(text: string): Entity[] {
  return collect(text, SOCIAL_HANDLE, 'PERSON').filter((entity) => entity.end - entity.start > 2);
}
