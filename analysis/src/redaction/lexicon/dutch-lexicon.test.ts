import { describe, expect, it } from 'vitest';
import { dutchLexicon, lexiconFromList } from './dutch-lexicon.ts';

describe('the OpenTaal lexicon', () => {
  // The list holds a name's spelling without flags beside its /PN entry ("Mélanie" beside "Melanie/PN") and
  // abbreviations in capitals ("ROAN/Fw" beside "Roan/PN"); neither is the Dutch word "melanie" or "roan",
  // which made "Melanie Hagen" a word and a word (dev16–dev18, round five).
  it('reads a flagless variant of a name, and an abbreviation, as no Dutch word', () => {
    const lexicon = lexiconFromList(['Mélanie', 'Melanie/PN', 'ROAN/Fw', 'Roan/PN', 'Chromebook', 'fiets'].join('\n'));
    expect(lexicon.isListedWord('melanie')).toBe(false);
    expect(lexicon.isProperName('melanie')).toBe(true);
    expect(lexicon.isListedWord('roan')).toBe(false);
    expect(lexicon.isProperName('roan')).toBe(true);
    // A brand without a name beside it stays a word for the name finder, and a plain word stays a word.
    expect(lexicon.isListedWord('chromebook')).toBe(true);
    expect(lexicon.isListedWord('fiets')).toBe(true);
  });

  // Only the capitalised entries with no lower-case twin may be names the list holds without the name flag.
  it('tells a capitalised entry with no lower-case twin ("Dagmar") from one beside a word ("Per" beside "per")', () => {
    const lexicon = lexiconFromList(['Dagmar', 'Per', 'per', 'fiets'].join('\n'));
    expect(lexicon.isOnlyCapitalised('dagmar')).toBe(true);
    expect(lexicon.isOnlyCapitalised('per')).toBe(false);
    expect(lexicon.isOnlyCapitalised('fiets')).toBe(false);
    expect(dutchLexicon().isOnlyCapitalised('bulent')).toBe(true);
  });

  it('knows the Dutch and Flemish places of the gazetteer as places', () => {
    const lexicon = dutchLexicon();
    for (const place of ['doorn', 'hulst', 'steenbergen', 'brugge']) expect(lexicon.isPlace(place), place).toBe(true);
    expect(lexicon.isPlace('jansen')).toBe(false);
  });
});
