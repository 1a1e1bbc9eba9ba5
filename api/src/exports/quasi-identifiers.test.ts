import { describe, expect, it } from 'vitest';
import { questionHierarchy } from './quasi-identifiers.ts';
import type { ExportQuestion } from './export-variables.ts';

const question = (overrides: Partial<ExportQuestion>): ExportQuestion => ({
  name: 'q',
  type: 'radiogroup',
  kind: 'choice',
  values: [],
  required: false,
  demographic: true,
  generalise: [],
  title: 'Vraag',
  valueLabels: [],
  ...overrides,
});

describe('questionHierarchy', () => {
  it('climbs the groups a question declares, level by level', () => {
    const leerjaar = questionHierarchy(
      question({
        values: ['g1', 'g2', 'g3'],
        generalise: [
          { level: 'bouw', groups: { onderbouw: ['g1', 'g2'], bovenbouw: ['g3'] } },
          { level: 'school', groups: { po: ['onderbouw', 'bovenbouw'] } },
        ],
      }),
      'leerjaar',
    );
    expect(leerjaar.levels).toEqual(['waarde', 'bouw', 'school', '*']);
    expect([0, 1, 2, 3].map((level) => leerjaar.generalise('g2', level))).toEqual(['g2', 'onderbouw', 'po', '*']);
  });

  it('matches number answers to groups by their text', () => {
    const kinderen = questionHierarchy(
      question({
        kind: 'choice',
        values: [1, 2, 3],
        generalise: [{ level: 'gezin', groups: { klein: [1, 2], groot: [3] } }],
      }),
      'kinderen',
    );
    expect(kinderen.generalise('3', 1)).toBe('groot');
  });

  it('bands a number question', () => {
    const age = questionHierarchy(
      question({ kind: 'number', generalise: [{ level: '5 jaar', width: 5 }] }),
      'leeftijd',
    );
    expect(age.generalise('7', 1)).toBe('5-9');
  });

  it('splits a scale without steps into its lower part, middle and upper part', () => {
    const five = questionHierarchy(question({ kind: 'likert', values: [1, 2, 3, 4, 5] }), 'tevreden');
    expect(five.levels).toEqual(['waarde', 'schaaldeel', '*']);
    expect(['1', '2', '3', '4', '5'].map((v) => five.generalise(v, 1))).toEqual(['1-2', '1-2', '3', '4-5', '4-5']);
    const four = questionHierarchy(question({ kind: 'likert', values: [1, 2, 3, 4] }), 'eens');
    expect(['1', '2', '3', '4'].map((v) => four.generalise(v, 1))).toEqual(['1-2', '1-2', '3-4', '3-4']);
  });

  it('shows or suppresses anything else', () => {
    expect(questionHierarchy(question({ values: ['ja', 'nee'] }), 'x').levels).toEqual(['waarde', '*']);
    expect(questionHierarchy(undefined, 'x').levels).toEqual(['waarde', '*']);
  });
});
