import { ENTITY_TYPES, type Entity, type EntityType } from './types.ts';

export interface Scores {
  gold: number;
  predicted: number;
  /** Spans with the same type, start and end. */
  exactMatches: number;
  /** Gold spans overlapped by a predicted span of the same type (recall side). */
  lenientGoldFound: number;
  /** Predicted spans overlapping a gold span of the same type (precision side). */
  lenientPredictedCorrect: number;
  exact: { precision: number; recall: number; f1: number };
  lenient: { precision: number; recall: number; f1: number };
}

export interface RedactionEvaluation {
  byType: Record<EntityType, Scores>;
  /** All types together, type must match. */
  overall: Scores;
  /** Privacy view: gold spans touched by any predicted span, whatever its type. */
  maskedRecall: number;
}

type Documents = readonly (readonly Entity[])[];

const overlaps = (a: Entity, b: Entity) => a.start < b.end && b.start < a.end;
const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/**
 * Per-type precision, recall and F1 of predicted entities against gold, per document (same order).
 * @example evaluateRedaction([[{ type: 'EMAIL', start: 0, end: 5 }]], [[{ type: 'EMAIL', start: 0, end: 5 }]]).byType.EMAIL.exact.recall // 1
 */
export function evaluateRedaction(gold: Documents, predicted: Documents): RedactionEvaluation {
  const byType = {} as Record<EntityType, Scores>;
  for (const type of ENTITY_TYPES) byType[type] = scoreType(gold, predicted, type);
  let maskedFound = 0;
  let goldTotal = 0;
  gold.forEach((goldEntities, d) => {
    for (const g of goldEntities) {
      goldTotal++;
      if ((predicted[d] ?? []).some((p) => overlaps(g, p))) maskedFound++;
    }
  });
  return { byType, overall: scoreType(gold, predicted), maskedRecall: ratio(maskedFound, goldTotal) };
}

function scoreType(gold: Documents, predicted: Documents, type?: EntityType): Scores {
  const counts = { gold: 0, predicted: 0, exactMatches: 0, lenientGoldFound: 0, lenientPredictedCorrect: 0 };
  const count = Math.max(gold.length, predicted.length);
  for (let d = 0; d < count; d++) {
    const goldSpans = (gold[d] ?? []).filter((e) => type === undefined || e.type === type);
    const predictedSpans = (predicted[d] ?? []).filter((e) => type === undefined || e.type === type);
    const sameType = (a: Entity, b: Entity) => a.type === b.type;
    counts.gold += goldSpans.length;
    counts.predicted += predictedSpans.length;
    for (const g of goldSpans) {
      if (predictedSpans.some((p) => sameType(g, p) && p.start === g.start && p.end === g.end)) counts.exactMatches++;
      if (predictedSpans.some((p) => sameType(g, p) && overlaps(g, p))) counts.lenientGoldFound++;
    }
    for (const p of predictedSpans) {
      if (goldSpans.some((g) => sameType(g, p) && overlaps(g, p))) counts.lenientPredictedCorrect++;
    }
  }
  const exactP = ratio(counts.exactMatches, counts.predicted);
  const exactR = ratio(counts.exactMatches, counts.gold);
  const lenientP = ratio(counts.lenientPredictedCorrect, counts.predicted);
  const lenientR = ratio(counts.lenientGoldFound, counts.gold);
  return {
    ...counts,
    exact: { precision: exactP, recall: exactR, f1: f1(exactP, exactR) },
    lenient: { precision: lenientP, recall: lenientR, f1: f1(lenientP, lenientR) },
  };
}

/** A Markdown table of an evaluation: one row per type that occurs, then all types. */
export function formatEvaluationTable(evaluation: RedactionEvaluation): string {
  const pct = (value: number) => value.toFixed(2);
  const lines = [
    '| type | gold | predicted | precision | recall | F1 | lenient P | lenient R | lenient F1 |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const row = (name: string, s: Scores) =>
    `| ${name} | ${s.gold} | ${s.predicted} | ${pct(s.exact.precision)} | ${pct(s.exact.recall)} | ${pct(s.exact.f1)} | ${pct(s.lenient.precision)} | ${pct(s.lenient.recall)} | ${pct(s.lenient.f1)} |`;
  for (const type of ENTITY_TYPES) {
    const scores = evaluation.byType[type];
    if (scores.gold > 0 || scores.predicted > 0) lines.push(row(type, scores));
  }
  lines.push(row('**all**', evaluation.overall));
  lines.push('', `Masked recall (gold spans touched by any prediction, any type): ${pct(evaluation.maskedRecall)}`);
  return lines.join('\n');
}
