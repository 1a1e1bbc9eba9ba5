import { findAddresses } from './find-addresses.ts';
import { findEmailAddresses, findSocialHandles, findUrls } from './find-contact-details.ts';
import { findArabicScriptNames } from './find-arabic-script-names.ts';
import { findDates } from './find-dates.ts';
import { findBsns, findIbans, findPostcodes } from './find-identifiers.ts';
import { compileKnownNames } from './find-known-names.ts';
import { findPersonNames } from './find-person-names.ts';
import { findPhoneNumbers } from './find-phone-numbers.ts';
import { findSchoolNamesAfterSchoolWord, findSchoolNamesEndingInSchoolWord } from './find-school-names.ts';
import { tokenizeWords } from './tokenize-words.ts';
import { refineNames, type NameTaggerModel } from './name-tagger.ts';
import { repeatFoundNames } from './repeat-found-names.ts';
import { findNamesInAddresses } from './find-names-in-addresses.ts';
import shippedTagger from '../../data/redaction/name-tagger.json' with { type: 'json' };
import { replaceEntities, resolveOverlaps, type Candidate } from './resolve-overlaps.ts';
import {
  REPLACEMENT_TOKENS,
  type Entity,
  type RedactionOptions,
  type RedactionResult,
  type UncertainSpan,
} from './types.ts';

// Exact formats outrank guesses: an e-mail address beats the domain inside it, a valid IBAN beats a
// phone-shaped digit run inside it, and a known name beats a name guessed from context.
// `needs` is a cheap test that skips a finder when its entity cannot occur (most texts have no '@').
interface StructuredFinder {
  find: (text: string) => Entity[];
  priority: number;
  needs: RegExp;
}
const HAS_DIGIT = /\d/;
const STRUCTURED_FINDERS: readonly StructuredFinder[] = [
  { find: findEmailAddresses, priority: 100, needs: /@/ },
  { find: findUrls, priority: 90, needs: /\./ },
  { find: findIbans, priority: 80, needs: HAS_DIGIT },
  { find: findBsns, priority: 70, needs: HAS_DIGIT },
  { find: findPhoneNumbers, priority: 60, needs: HAS_DIGIT },
  { find: findDates, priority: 50, needs: HAS_DIGIT },
  { find: findPostcodes, priority: 40, needs: HAS_DIGIT },
  { find: findSocialHandles, priority: 35, needs: /@/ },
  { find: findAddresses, priority: 30, needs: HAS_DIGIT },
];
const KNOWN_NAME_PRIORITY = 25;
// "Jordan Academie" is a school named after a person; "school Daan" is more likely a child.
const SCHOOL_NAMED_BEFORE_SCHOOL_WORD_PRIORITY = 22;
const SCHOOL_NAMED_AFTER_SCHOOL_KIND_PRIORITY = 21;
const PERSON_PRIORITY = 20;
const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
const SCHOOL_NAMED_AFTER_SCHOOL_WORD_PRIORITY = 10;

/**
 * Compiles a redactor once (known names become one pattern) for use on many texts.
 * @example
 * const redact = createRedactor({ knownNames: ['De Regenboog'] });
 * redact('Daan zit op De Regenboog').text; // '[NAAM] zit op [SCHOOL]'
 */
export function createRedactor(options: RedactionOptions = {}): (text: string) => RedactionResult {
  const findKnownNames = compileKnownNames(options.knownNames ?? []);
  const tagger = options.nameTagger === undefined ? (shippedTagger as NameTaggerModel) : options.nameTagger;
  return (text) => {
    const candidates: Candidate[] = [];
    for (const { find, priority, needs } of STRUCTURED_FINDERS) {
      if (!needs.test(text)) continue;
      for (const entity of find(text)) candidates.push({ ...entity, priority });
    }
    const fixed = new Set<string>();
    for (const entity of findKnownNames(text)) {
      candidates.push({ ...entity, priority: KNOWN_NAME_PRIORITY });
      fixed.add(`${entity.start}:${entity.end}`);
    }
    const words = tokenizeWords(text);
    for (const entity of findSchoolNamesEndingInSchoolWord(text, words)) {
      candidates.push({ ...entity, priority: SCHOOL_NAMED_BEFORE_SCHOOL_WORD_PRIORITY });
    }
    // "basisschool Antonius", "OBS Kortland": after a school word other than "school" the school's name.
    for (const entity of findSchoolNamesAfterSchoolWord(text, words, 'strong')) {
      candidates.push({ ...entity, priority: SCHOOL_NAMED_AFTER_SCHOOL_KIND_PRIORITY });
    }
    // Names are read around what is already taken, so "juf" never swallows an e-mail address.
    if (ARABIC_SCRIPT.test(text)) {
      for (const entity of findArabicScriptNames(words)) {
        candidates.push({ ...entity, priority: PERSON_PRIORITY });
        fixed.add(`${entity.start}:${entity.end}`);
      }
    }
    const doubts: UncertainSpan[] = [];
    for (const entity of findPersonNames(text, candidates, words, doubts))
      candidates.push({ ...entity, priority: PERSON_PRIORITY });
    for (const entity of findSchoolNamesAfterSchoolWord(text, words, 'weak')) {
      candidates.push({ ...entity, priority: SCHOOL_NAMED_AFTER_SCHOOL_WORD_PRIORITY });
    }
    let entities = resolveOverlaps(candidates);
    let uncertain = doubts
      .filter((doubt) => !entities.some((e) => e.start < doubt.end && doubt.start < e.end))
      .sort((a, b) => a.start - b.start);
    if (tagger) {
      // The tagger reconsiders the names the rules guessed; known names and names in Arabic script stay.
      const guessed = (e: Entity) => e.type === 'PERSON' && !fixed.has(`${e.start}:${e.end}`);
      const refined = refineNames(
        words,
        { persons: entities.filter(guessed), others: entities.filter((e) => !guessed(e)), doubts: uncertain },
        tagger,
      );
      entities = [...entities.filter((e) => !guessed(e)), ...refined.persons].sort((a, b) => a.start - b.start);
      uncertain = refined.doubts;
    }
    const spelled = findNamesInAddresses(text, words, entities);
    if (spelled.length > 0) {
      const covered = (e: Entity) => e.type === 'PERSON' && spelled.some((s) => e.start < s.end && s.start < e.end);
      entities = [...entities.filter((e) => !covered(e)), ...spelled].sort((a, b) => a.start - b.start);
    }
    entities = repeatFoundNames(words, entities, uncertain);
    // A doubt that a later pass settled is no longer offered.
    uncertain = uncertain.filter((d) => !entities.some((e) => e.start < d.end && d.start < e.end));
    return { text: replaceEntities(text, entities, REPLACEMENT_TOKENS), entities, uncertain };
  };
}

/**
 * Redacts Dutch personal data from one text; offsets index the original text.
 * @example
 * redactText('Mijn zoon Daan, bel 06-12345678').text; // 'Mijn zoon [NAAM], bel [TELEFOON]'
 */
export function redactText(text: string, options: RedactionOptions = {}): RedactionResult {
  return createRedactor(options)(text);
}
