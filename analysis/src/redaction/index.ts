// Dutch PII redaction for parent and youth stories. Pure: no I/O.
export { isValidBsn, isValidIban } from './checksums.ts';
export { createRedactor, redactText } from './create-redactor.ts';
export {
  evaluateRedaction,
  formatEvaluationTable,
  type RedactionEvaluation,
  type Scores,
} from './evaluate-redaction.ts';
export { inferKnownNameType } from './find-known-names.ts';
export { parseInlineMarkup, type MarkupResult } from './inline-markup.ts';
export {
  ENTITY_TYPES,
  REPLACEMENT_TOKENS,
  isEntityType,
  withoutRedactionMarks,
  type Entity,
  type EntityType,
  type KnownName,
  type RedactionOptions,
  type RedactionResult,
  type UncertainSpan,
} from './types.ts';
export { applyDecisions, locateDoubts, type LocatedDoubt, type RedactionDecision } from './apply-decisions.ts';
