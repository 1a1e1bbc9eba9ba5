import { isEntityType, type Entity } from './types.ts';

/** A gold mark of a type the redactor does not produce (e.g. PLACE in the real-text set). */
export interface Annotation {
  type: string;
  start: number;
  end: number;
}

export type MarkupResult =
  | { ok: true; text: string; entities: Entity[]; annotations: Annotation[] }
  | { ok: false; reason: 'unknown_type' | 'unclosed'; at: number };

const MARK = /\[\[([A-Z]+):([^\]]*)\]\]/g;

/**
 * Strips `[[TYPE:text]]` marks and returns the plain text with entity offsets into it. Types in
 * `annotationTypes` are kept apart as annotations (gold only, never scored as a redaction type).
 * @example parseInlineMarkup('zoon [[PERSON:Daan]]') // { ok: true, text: 'zoon Daan', entities: [{ type: 'PERSON', start: 5, end: 9 }], annotations: [] }
 */
export function parseInlineMarkup(source: string, annotationTypes: readonly string[] = []): MarkupResult {
  let text = '';
  let cursor = 0;
  const entities: Entity[] = [];
  const annotations: Annotation[] = [];
  for (const match of source.matchAll(MARK)) {
    const [, type = '', inner = ''] = match;
    const isAnnotation = annotationTypes.includes(type);
    if (!isEntityType(type) && !isAnnotation) return { ok: false, reason: 'unknown_type', at: match.index };
    text += source.slice(cursor, match.index);
    const span = { start: text.length, end: text.length + inner.length };
    if (isEntityType(type)) entities.push({ type, ...span });
    else annotations.push({ type, ...span });
    text += inner;
    cursor = match.index + match[0].length;
  }
  const rest = source.slice(cursor);
  if (rest.includes('[[')) return { ok: false, reason: 'unclosed', at: cursor + rest.indexOf('[[') };
  return { ok: true, text: text + rest, entities, annotations };
}
