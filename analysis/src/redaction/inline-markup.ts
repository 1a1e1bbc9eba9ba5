import { isEntityType, type Entity } from './types.ts';

export type MarkupResult =
  { ok: true; text: string; entities: Entity[] } | { ok: false; reason: 'unknown_type' | 'unclosed'; at: number };

const MARK = /\[\[([A-Z]+):([^\]]*)\]\]/g;

/**
 * Strips `[[TYPE:text]]` marks and returns the plain text with entity offsets into it.
 * @example parseInlineMarkup('zoon [[PERSON:Daan]]') // { ok: true, text: 'zoon Daan', entities: [{ type: 'PERSON', start: 5, end: 9 }] }
 */
export function parseInlineMarkup(source: string): MarkupResult {
  let text = '';
  let cursor = 0;
  const entities: Entity[] = [];
  for (const match of source.matchAll(MARK)) {
    const [, type, inner = ''] = match;
    if (!isEntityType(type)) return { ok: false, reason: 'unknown_type', at: match.index };
    text += source.slice(cursor, match.index);
    entities.push({ type, start: text.length, end: text.length + inner.length });
    text += inner;
    cursor = match.index + match[0].length;
  }
  const rest = source.slice(cursor);
  if (rest.includes('[[')) return { ok: false, reason: 'unclosed', at: cursor + rest.indexOf('[[') };
  return { ok: true, text: text + rest, entities };
}
