import { describe, expect, it } from 'vitest';
import { checkGeneraliseSteps, readGeneraliseSteps } from './generalise-steps.ts';

const leerjaar = (generalise: unknown) => ({ type: 'radiogroup', name: 'leerjaar', generalise });
const values = ['g1', 'g2', 'g3', 'g4'];
const bouw = { level: 'bouw', groups: { onderbouw: ['g1', 'g2'], bovenbouw: ['g3', 'g4'] } };

describe('generalise steps of a question', () => {
  it('accepts groups that take in every answer once, and groups of those groups', () => {
    const steps = [bouw, { level: 'school', groups: { po: ['onderbouw', 'bovenbouw'] } }];
    expect(checkGeneraliseSteps(leerjaar(steps), values)).toEqual([]);
    expect(readGeneraliseSteps(leerjaar(steps))).toEqual(steps);
    expect(checkGeneraliseSteps({ type: 'radiogroup', name: 'x' }, values)).toEqual([]);
  });

  it('names answers left out, answers in two groups and values the question does not have', () => {
    const problems = checkGeneraliseSteps(
      leerjaar([{ level: 'bouw', groups: { onderbouw: ['g1', 'g2', 'g9'], bovenbouw: ['g2', 'g3'] } }]),
      values,
    );
    expect(problems).toEqual([
      'Stap 1 van "generalise" ("bouw") noemt "g2" in meer dan één groep.',
      'Stap 1 van "generalise" ("bouw") deelt "g4" niet in.',
      'Stap 1 van "generalise" ("bouw") kent "g9" niet.',
    ]);
  });

  it('checks a later step against the groups of the step before it', () => {
    const problems = checkGeneraliseSteps(leerjaar([bouw, { level: 'school', groups: { po: ['onderbouw'] } }]), values);
    expect(problems).toEqual(['Stap 2 van "generalise" ("school") deelt "bovenbouw" niet in.']);
  });

  it('takes bands only on a number question, each width a multiple of the one before', () => {
    const age = (generalise: unknown) => ({ type: 'text', inputType: 'number', name: 'leeftijd', generalise });
    expect(
      checkGeneraliseSteps(
        age([
          { level: '5 jaar', width: 5 },
          { level: '10 jaar', width: 10 },
        ]),
        null,
      ),
    ).toEqual([]);
    expect(
      checkGeneraliseSteps(
        age([
          { level: '5 jaar', width: 5 },
          { level: '8 jaar', width: 8 },
        ]),
        null,
      ),
    ).toEqual(['Stap 2 van "generalise" ("8 jaar"): de breedte 8 is geen veelvoud van 5.']);
    expect(checkGeneraliseSteps(leerjaar([{ level: 'x', width: 2 }]), values)).toEqual([
      'Stap 1 van "generalise" ("x"): banden ("width") passen alleen bij een getalvraag.',
    ]);
  });

  it('explains a malformed list, and reads none from it', () => {
    for (const bad of [
      [],
      'bouw',
      [{ groups: {} }],
      [{ level: 'bouw', groups: { a: 'g1' } }],
      [bouw, { level: 'x', width: 5 }],
    ]) {
      expect(checkGeneraliseSteps(leerjaar(bad), values).length, JSON.stringify(bad)).toBeGreaterThan(0);
      expect(readGeneraliseSteps(leerjaar(bad))).toEqual([]);
    }
  });
});
