// Statistical disclosure control: the group rule for published figures (release-groups.ts) and
// k-anonymity for researcher exports (generalisation and local suppression). Pure: no I/O.
export { CountTable } from './count-table.ts';
export {
  MISSING,
  SUPPRESSED,
  bandHierarchy,
  mappedHierarchy,
  monthHierarchy,
  valueHierarchy,
  type Hierarchy,
} from './hierarchies.ts';
export { kAnonymise, type GeneralisationLevel, type KAnonymityOptions, type KAnonymityResult } from './k-anonymity.ts';
// Which quasi-identifiers an export takes when nobody chose, and what a set would suppress before it runs.
export {
  estimateSuppression,
  proposeQuasiIdentifiers,
  type ColumnEstimate,
  type ProposalOptions,
  type SuppressionEstimate,
} from './propose-quasi-identifiers.ts';
// The group rule for every published figure (DESIGN.md "Disclosure control") and the attacker's check.
export {
  leftOutUnits,
  releaseGroups,
  unitKey,
  type AtomCount,
  type HiddenReason,
  type Release,
  type ReleasedGroup,
  type ReleaseRequest,
} from './release-groups.ts';
export { derivableSets } from './derivable.ts';
// The reference benchmark's thresholds (issue 17).
export {
  REFERENCE_MIN_ORGANISATIONS,
  REFERENCE_MIN_SCHOOLS,
  releaseReference,
  type ReferenceRelease,
  type ReferenceSchool,
} from './reference.ts';
