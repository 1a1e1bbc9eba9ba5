// Statistical disclosure control for researcher exports: k-anonymity by generalisation and local
// suppression. Pure: no I/O.
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
