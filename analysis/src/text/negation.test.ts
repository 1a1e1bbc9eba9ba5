import { describe, expect, it } from 'vitest';
import { analyseDutch, termsOf } from './analyse-dutch.ts';

function negatedWords(text: string): string[] {
  return analyseDutch(text)
    .filter((token) => token.negated)
    .map((token) => token.norm);
}

describe('negation', () => {
  it('covers the words after geen, nooit and niet', () => {
    expect(negatedWords('Geen last van pesten')).toEqual(['last', 'pesten']);
    expect(negatedWords('We hebben nooit problemen met de juf')).toEqual(['problemen', 'juf']);
    expect(negatedWords('Hij wordt niet gepest')).toEqual(['gepest']);
  });

  it('stops at a contrast word and at the end of the clause', () => {
    expect(negatedWords('Niet gepest maar wel buitengesloten')).toEqual(['gepest']);
    expect(negatedWords('Geen huiswerk. Pesten is erg')).toEqual(['huiswerk']);
  });

  it('reaches three content words, no further', () => {
    expect(negatedWords('nooit problemen gehad met pesten op school')).toEqual(['problemen', 'gehad', 'pesten']);
  });

  it('prefixes NEG_ to negated terms and leaves the negator out', () => {
    expect(termsOf(analyseDutch('geen last van pesten')).map((t) => t.term)).toEqual([
      'NEG_last',
      'NEG_pest',
      'NEG_last NEG_pest',
    ]);
  });
});
