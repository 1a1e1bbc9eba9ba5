import { describe, expect, it } from 'vitest';
import { evaluateRedaction, formatEvaluationTable } from './evaluate-redaction.ts';
import type { Entity } from './types.ts';

const person = (start: number, end: number): Entity => ({ type: 'PERSON', start, end });
const email = (start: number, end: number): Entity => ({ type: 'EMAIL', start, end });

describe('evaluateRedaction', () => {
  it('counts exact matches, misses and false alarms per type', () => {
    const gold = [[person(0, 4), email(10, 20)], [person(5, 9)]];
    const predicted = [[person(0, 4)], [person(5, 9), person(20, 24)]];
    const { byType } = evaluateRedaction(gold, predicted);
    // PERSON: 2 of 3 predictions right, both gold names found.
    expect(byType.PERSON.exact).toMatchObject({ precision: 2 / 3, recall: 1 });
    // EMAIL: nothing predicted (precision counts as 1 by convention), the one gold address missed.
    expect(byType.EMAIL.exact).toMatchObject({ precision: 1, recall: 0 });
  });

  it('gives partial overlaps credit only in the lenient scores', () => {
    const gold = [[person(10, 27)]]; // "Peter van den Berg"
    const predicted = [[person(10, 15)]]; // "Peter"
    const { byType } = evaluateRedaction(gold, predicted);
    expect(byType.PERSON.exact.recall).toBe(0);
    expect(byType.PERSON.lenient).toMatchObject({ precision: 1, recall: 1 });
  });

  it('requires the same type, but masked recall ignores the type', () => {
    const gold = [[{ type: 'SCHOOL', start: 0, end: 10 } satisfies Entity]];
    const predicted = [[person(0, 10)]];
    const evaluation = evaluateRedaction(gold, predicted);
    expect(evaluation.byType.SCHOOL.lenient.recall).toBe(0);
    expect(evaluation.maskedRecall).toBe(1);
  });

  it('formats a Markdown table with only the types that occur', () => {
    const table = formatEvaluationTable(evaluateRedaction([[person(0, 4)]], [[person(0, 4)]]));
    expect(table).toContain('| PERSON | 1 | 1 | 1.00 | 1.00 | 1.00 |');
    expect(table).not.toContain('| IBAN |');
  });
});
