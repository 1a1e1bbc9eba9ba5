// The last pass over person names: a word of a name found anywhere in a text is that person wherever else
// it stands in the same text, whoever found it (the rules, the tagger, a known name). The rules repeat the
// names they read themselves, but not one the tagger added ("Jan-Willem Roodbeen … toen Roodbeen de woorden
// sprak"), not a given name at a sentence start that is also a word ("Jan Driehuis … Jan bleek ziek"), and
// not a name written in capitals in a heading ("DOOR MARIEKE BRENNINKMEIJER").
import { KIN_WORDS, TITLE_WORDS, TUSSENVOEGSELS, isRoleWord } from './name-cues.ts';
import { AMBIGUOUS_NAMES, NOT_NAMES, OTHER_PROPER_NOUNS } from './names/index.ts';
import { dutchLexicon } from './lexicon/dutch-lexicon.ts';
import { isLongCompound } from './name-shape.ts';
import { isInstitutionWord } from './read-name-spans.ts';
import { isSpaceGap, type WordToken } from './tokenize-words.ts';
import type { Entity, UncertainSpan } from './types.ts';

/** A word of a found name that says who it is by itself: no initial, tussenvoegsel, title or role. */
function isNameWord(token: WordToken): boolean {
  const f = token.folded;
  return (
    token.text.length >= 2 &&
    /^\p{Lu}/u.test(token.text) &&
    !TUSSENVOEGSELS.has(f) &&
    !TITLE_WORDS.has(f) &&
    !KIN_WORDS.has(f) &&
    !NOT_NAMES.has(f) &&
    !isRoleWord(f)
  );
}

/**
 * The person names of `entities` again wherever their words recur in the text outside every entity: the
 * entities with the new PERSON entities among them (the caller drops the doubts they settle). Capitalised only ("bos" in lower case is a wood); at a
 * sentence start a word that is also a Dutch word only beside another such word ("Roos Visser zegt") or
 * where the rules doubted it.
 */
export function repeatFoundNames(
  tokens: readonly WordToken[],
  entities: readonly Entity[],
  doubts: readonly UncertainSpan[],
): Entity[] {
  const persons = entities.filter((e) => e.type === 'PERSON');
  if (persons.length === 0) return [...entities];
  const covered = (token: WordToken, spans: readonly { start: number; end: number }[]) =>
    spans.some((s) => token.start < s.end && s.start < token.end);
  const nameWords = new Set<string>();
  for (const token of tokens) {
    if (isNameWord(token) && covered(token, persons)) nameWords.add(token.folded);
  }
  const lexicon = dutchLexicon();
  const candidate = tokens.map(
    (token) =>
      nameWords.has(token.folded) &&
      isNameWord(token) &&
      (token.allCaps ? token.text.length >= 3 : token.capitalised) &&
      !covered(token, entities),
  );
  const wordLike = (token: WordToken) => AMBIGUOUS_NAMES.has(token.folded) || lexicon.isListedWord(token.folded);
  const added: Entity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!candidate[i]) continue;
    let last = i;
    while (candidate[last + 1] && isSpaceGap(tokens[last + 1]!.gapBefore)) last++;
    const first = tokens[i]!;
    // "Bos is een mooi woord" after "Jan Bos": alone at a sentence start a word stays a word, unless the
    // rules already doubted it ("Jan bleek ziek").
    const doubted = doubts.some((d) => d.start <= first.start && first.end <= d.end);
    // ("Wouter Nagel … de Wouter Nagel-school": a name that runs into a school's or a thing's name is that name.)
    const next = tokens[last + 1];
    const thingsName = next !== undefined && isSpaceGap(next.gapBefore) && isInstitutionWord(next.folded);
    if (!thingsName && !(first.sentenceStart && last === i && wordLike(first) && !doubted)) {
      added.push({ type: 'PERSON', start: first.start, end: tokens[last]!.end });
    }
    i = last;
  }
  // "Giovanni, Dayan, Victor": one capitalised word between two names of a list is a name too (no place,
  // people or organisation the lists know).
  const personAt = (token: WordToken | undefined) =>
    token !== undefined && (covered(token, persons) || covered(token, added));
  for (let i = 1; i + 1 < tokens.length; i++) {
    const [before, token, after] = [tokens[i - 1]!, tokens[i]!, tokens[i + 1]!];
    if (!token.capitalised || token.allCaps || covered(token, entities) || covered(token, added)) continue;
    if (!/^, ?$/.test(token.gapBefore) || !personAt(before)) continue;
    const nextIsName = /^, ?$/.test(after.gapBefore)
      ? personAt(after)
      : after.text === 'en' && isSpaceGap(after.gapBefore) && personAt(tokens[i + 2]);
    // ("Greet Jansma, Voorleesvrijwilliger, Hetty Reisinger": nor a long compound of Dutch words.)
    const known =
      NOT_NAMES.has(token.folded) ||
      OTHER_PROPER_NOUNS.has(token.folded) ||
      lexicon.isPlace(token.folded) ||
      isLongCompound(token.folded, lexicon);
    if (nextIsName && !known) added.push({ type: 'PERSON', start: token.start, end: token.end });
  }
  return [...entities, ...added].sort((a, b) => a.start - b.start);
}
