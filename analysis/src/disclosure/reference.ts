// What may be published of the reference benchmark (issue 17), beside the group rule of every figure:
//
// - A school counts in the reference only when it meets the group rule itself: at least `minimum`
//   respondents answered the item at that school (`minimum`: its own organisation's group size, at
//   least the installation's). Its figure is then one anonymous number.
// - The reference is published only when at least REFERENCE_MIN_SCHOOLS schools from at least
//   REFERENCE_MIN_ORGANISATIONS organisations count in it, so no one organisation's schools make it up
//   and a single school's figure is not recognisable in it.
// - It is published as a distribution only (mean, quantiles, number of schools and organisations);
//   which schools or organisations are in it is never part of what is published.

/** Fewest schools in a published reference. */
export const REFERENCE_MIN_SCHOOLS = 20;
/** Fewest organisations (top of the hierarchy: an SWV, or a board outside one) in a published reference. */
export const REFERENCE_MIN_ORGANISATIONS = 3;

export interface ReferenceSchool {
  /** Only to count distinct organisations; never published. */
  readonly organisation: string;
  /** Respondents at the school who answered the item. */
  readonly n: number;
  /** The group size that holds for this school's figures. */
  readonly minimum: number;
  /** The school's figure for the item (its mean). */
  readonly figure: number;
}

export type ReferenceRelease =
  | { readonly published: true; readonly figures: readonly number[]; readonly organisations: number }
  | { readonly published: false; readonly reason: 'too_few_schools' | 'too_few_organisations' };

/** The schools' figures that may be published as a reference distribution, or why none may. */
export function releaseReference(schools: readonly ReferenceSchool[]): ReferenceRelease {
  const counted = schools.filter((s) => s.n >= s.minimum && Number.isFinite(s.figure));
  if (counted.length < REFERENCE_MIN_SCHOOLS) return { published: false, reason: 'too_few_schools' };
  const organisations = new Set(counted.map((s) => s.organisation)).size;
  if (organisations < REFERENCE_MIN_ORGANISATIONS) return { published: false, reason: 'too_few_organisations' };
  return { published: true, figures: counted.map((s) => s.figure), organisations };
}
