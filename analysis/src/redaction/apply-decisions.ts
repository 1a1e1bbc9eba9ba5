import { replaceEntities } from './resolve-overlaps.ts';
import { REPLACEMENT_TOKENS, type Entity, type RedactionResult, type UncertainSpan } from './types.ts';

/** A person's decision on a doubted word: redact it wherever it stands, or keep it and stop asking. */
export interface RedactionDecision {
  phrase: string;
  decision: 'redact' | 'keep';
}

/** An uncertain span with its place in the redacted text too, where a screen shows it. */
export interface LocatedDoubt extends UncertainSpan {
  text: string;
  /** Offsets into `RedactionResult.text`. */
  outputStart: number;
  outputEnd: number;
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Applies decisions to a redaction of `text`: phrases decided 'redact' become names everywhere they stand
 * as whole words, doubts about decided phrases are dropped.
 * @example applyDecisions('Dank aan Kwintessa', redactText('Dank aan Kwintessa'), [{ phrase: 'Kwintessa', decision: 'redact' }]).text // 'Dank aan [NAAM]'
 */
export function applyDecisions(
  text: string,
  result: RedactionResult,
  decisions: readonly RedactionDecision[],
): RedactionResult {
  if (decisions.length === 0) return result;
  const entities: Entity[] = [...result.entities];
  for (const { phrase, decision } of decisions) {
    if (decision !== 'redact' || phrase.trim() === '') continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const match of text.matchAll(pattern)) {
      const span = { type: 'PERSON' as const, start: match.index, end: match.index + phrase.length };
      if (!entities.some((e) => e.start < span.end && span.start < e.end)) entities.push(span);
    }
  }
  entities.sort((a, b) => a.start - b.start);
  const decided = new Set(decisions.map((d) => d.phrase));
  const uncertain = result.uncertain.filter(
    (u) => !decided.has(text.slice(u.start, u.end)) && !entities.some((e) => e.start < u.end && u.start < e.end),
  );
  return { text: replaceEntities(text, entities, REPLACEMENT_TOKENS), entities, uncertain };
}

/** Where each doubt stands in the redacted text, for a screen that shows that text. */
export function locateDoubts(text: string, result: RedactionResult): LocatedDoubt[] {
  return result.uncertain.map((doubt) => {
    let shift = 0;
    for (const entity of result.entities) {
      if (entity.end > doubt.start) break;
      shift += REPLACEMENT_TOKENS[entity.type].length - (entity.end - entity.start);
    }
    return {
      ...doubt,
      text: text.slice(doubt.start, doubt.end),
      outputStart: doubt.start + shift,
      outputEnd: doubt.end + shift,
    };
  });
}
