import { describe, expect, it } from 'vitest';
import { REFERENCE_MIN_ORGANISATIONS, REFERENCE_MIN_SCHOOLS, releaseReference } from './reference.ts';

const schools = (count: number, organisations: number, n = 10) =>
  Array.from({ length: count }, (_, i) => ({ organisation: `o${i % organisations}`, n, minimum: 10, figure: i }));

describe('the reference benchmark threshold', () => {
  it('is 20 schools from 3 organisations', () => {
    expect([REFERENCE_MIN_SCHOOLS, REFERENCE_MIN_ORGANISATIONS]).toEqual([20, 3]);
  });

  it('publishes 20 schools from 3 organisations, and nothing below either number', () => {
    expect(releaseReference(schools(20, 3))).toMatchObject({ published: true, organisations: 3 });
    expect(releaseReference(schools(19, 3))).toEqual({ published: false, reason: 'too_few_schools' });
    expect(releaseReference(schools(40, 2))).toEqual({ published: false, reason: 'too_few_organisations' });
  });

  it('counts only schools that meet the group rule themselves', () => {
    const small = { organisation: 'o9', n: 9, minimum: 10, figure: 1 };
    expect(releaseReference([...schools(19, 3), small])).toEqual({ published: false, reason: 'too_few_schools' });
    const released = releaseReference([...schools(20, 3), small]);
    expect(released.published && released.figures).toHaveLength(20);
  });
});
