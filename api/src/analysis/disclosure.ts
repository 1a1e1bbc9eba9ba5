import { type AtomCount, type HiddenReason, type ReleasedGroup, releaseGroups } from '@klankbord/analysis/disclosure';

// The API's side of the disclosure rule: turn loaded rows into the rule's cells, ask the builder
// (analysis/src/disclosure) and hand its answer on as published counts. Nothing here decides.

/** A published count: its value, or null with the reason it is hidden. */
export interface Cell {
  value: number | null;
  suppressed: false | HiddenReason;
}

/** Answers are published per school: a school below the minimum is left out of every figure above it. */
export const answerUnit = ['school'] as const;
/** Stories are published per sector and role; schools and tones divide them further. */
export const storyUnit = ['sector', 'role'] as const;

export interface PublishedGroup {
  key: string;
  n: Cell;
  counts: Cell[];
  /** Shown without the people of units below the minimum. */
  partial: boolean;
}

function published(group: ReleasedGroup, categories: number): PublishedGroup {
  const hidden = group.hidden;
  return {
    key: group.key,
    n: { value: group.n, suppressed: hidden },
    counts: Array.from({ length: categories }, (_, j) => ({
      value: hidden === false ? (group.counts?.[j] ?? 0) : null,
      suppressed: hidden,
    })),
    partial: group.partial,
  };
}

/** The total and the groups of one breakdown as the rule publishes them. */
export function publishBreakdown(request: {
  atoms: readonly AtomCount[];
  minimum: number;
  unit: readonly string[];
  by: string | null;
  within?: string | null;
  categories: number;
}): { total: PublishedGroup; groups: PublishedGroup[] } {
  const release = releaseGroups(request);
  return {
    total: published(release.total, request.categories),
    groups: release.groups.map((g) => published(g, request.categories)),
  };
}
