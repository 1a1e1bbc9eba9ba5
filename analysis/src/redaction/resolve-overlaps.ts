import type { Entity } from './types.ts';

export interface Candidate extends Entity {
  /** Higher wins an overlap; equal priorities keep the longer span. */
  priority: number;
}

/** Keeps a non-overlapping subset of candidates, strongest first, sorted by start. */
export function resolveOverlaps(candidates: readonly Candidate[]): Entity[] {
  const ranked = [...candidates].sort(
    (a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Entity[] = [];
  for (const candidate of ranked) {
    if (candidate.end <= candidate.start) continue;
    if (kept.some((entity) => candidate.start < entity.end && entity.start < candidate.end)) continue;
    kept.push({ type: candidate.type, start: candidate.start, end: candidate.end });
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Replaces each entity (sorted, non-overlapping) by its token. */
export function replaceEntities(
  text: string,
  entities: readonly Entity[],
  tokens: Record<Entity['type'], string>,
): string {
  let result = '';
  let cursor = 0;
  for (const entity of entities) {
    result += text.slice(cursor, entity.start) + tokens[entity.type];
    cursor = entity.end;
  }
  return result + text.slice(cursor);
}
