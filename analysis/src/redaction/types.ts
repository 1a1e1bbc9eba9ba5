import type { NameTaggerModel } from './name-tagger.ts';
/** Kinds of personal data the redactor finds. */
export const ENTITY_TYPES = [
  'PERSON',
  'EMAIL',
  'PHONE',
  'POSTCODE',
  'ADDRESS',
  'BSN',
  'IBAN',
  'SCHOOL',
  'DATE',
  'URL',
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

/** A span of the original text: JavaScript string indices, end exclusive. */
export interface Entity {
  type: EntityType;
  start: number;
  end: number;
}

/** A span that may be personal data but was not redacted: a person decides. */
export interface UncertainSpan extends Entity {
  /** How likely the guess is right, 0–1; everything at 0.7 or more is redacted instead. */
  confidence: number;
}

export interface RedactionResult {
  /** The text with every entity replaced by its token, e.g. `[NAAM]`. */
  text: string;
  /** Entities found, sorted by start, non-overlapping, offsets into the original text. */
  entities: Entity[];
  /** Guesses left in the text (sorted by start, offsets into the original text), to show a person. */
  uncertain: UncertainSpan[];
}

/** A name that must always be redacted; a plain string is typed by `inferKnownNameType`. */
export type KnownName = string | { text: string; type: EntityType };

export interface RedactionOptions {
  knownNames?: readonly KnownName[];
  /**
   * The statistical second opinion on guessed names (name-tagger.ts): the shipped model when left out,
   * `false` for the rules alone (to measure what the tagger adds, and to train it).
   */
  nameTagger?: NameTaggerModel | false;
}

export const REPLACEMENT_TOKENS: Record<EntityType, string> = {
  PERSON: '[NAAM]',
  EMAIL: '[EMAIL]',
  PHONE: '[TELEFOON]',
  POSTCODE: '[POSTCODE]',
  ADDRESS: '[ADRES]',
  BSN: '[BSN]',
  IBAN: '[IBAN]',
  SCHOOL: '[SCHOOL]',
  DATE: '[DATUM]',
  URL: '[URL]',
};

const REPLACEMENT_MARK = new RegExp(
  Object.values(REPLACEMENT_TOKENS)
    .map((token) => token.replace(/[[\]]/g, '\\$&'))
    .join('|'),
  'g',
);

/**
 * The text with the redactor's marks ([NAAM], [SCHOOL], …) taken out, for counting what stories are
 * about: a mark says a name was there, not what the story is about.
 * @example withoutRedactionMarks('[NAAM] wordt gepest') // ' wordt gepest'
 */
export function withoutRedactionMarks(text: string): string {
  return text.replace(REPLACEMENT_MARK, ' ');
}

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}
