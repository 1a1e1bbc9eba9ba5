import { describe, expect, it } from 'vitest';
import { bandHierarchy, MISSING, SUPPRESSED } from './hierarchies.ts';

describe('bandHierarchy', () => {
  const age = bandHierarchy('leeftijd', [
    { level: '5 jaar', width: 5 },
    { level: '10 jaar', width: 10 },
  ]);

  it('names its levels from the value up to suppression', () => {
    expect(age.levels).toEqual(['waarde', '5 jaar', '10 jaar', SUPPRESSED]);
  });

  it('puts a number in the band of each level, wider level by level', () => {
    expect([0, 1, 2, 3].map((level) => age.generalise('13', level))).toEqual(['13', '10-14', '10-19', SUPPRESSED]);
    expect(age.generalise('0', 1)).toBe('0-4');
    expect(age.generalise('-3', 1)).toBe('-5--1');
  });

  it('writes bands of a decimal width as half-open intervals', () => {
    expect(bandHierarchy('uren', [{ level: 'half uur', width: 0.5 }]).generalise('1.7', 1)).toBe('[1.5, 2)');
  });

  it('keeps a missing answer missing, and never guesses a band for text', () => {
    expect(age.generalise(MISSING, 1)).toBe(MISSING);
    expect(age.generalise('weet niet', 1)).toBe(MISSING);
    expect(age.generalise('weet niet', 0)).toBe('weet niet');
  });
});
