import { describe, expect, it } from 'vitest';
import { normaliseDutch } from './analyse-dutch.ts';
import { normaliseDutchWord } from './normalise-dutch.ts';

describe('normaliseDutch', () => {
  it("expands the contractions 'n, 't, m'n, z'n, zo'n and d'r", () => {
    expect(normaliseDutch("'t Is 'n drama met m'n zoon en z'n juf")).toBe('het is een drama met mijn zoon en zijn juf');
    expect(normaliseDutch("Zo'n school! D'r mentor belt nooit")).toBe('zo een school haar mentor belt nooit');
  });

  it('treats curly apostrophes like straight ones', () => {
    expect(normaliseDutch('m’n kind, ’t rooster')).toBe('mijn kind het rooster');
  });

  it('folds trema and stress marks, so ideeën and ideeen meet', () => {
    expect(normaliseDutch('Ideeën')).toBe(normaliseDutch('ideeen'));
    expect(normaliseDutch('geïnformeerd, één keer, vóór de les')).toBe('geinformeerd een keer voor de les');
  });

  it('keeps plurals with an apostrophe as one word and drops quotation marks', () => {
    expect(normaliseDutch("foto's van de baby's")).toBe('fotos van de babys');
    expect(normaliseDutch("Hij zei 'ik word gepest'")).toBe('hij zei ik word gepest');
  });

  it('reads common chat spellings of young people', () => {
    expect(normaliseDutch('kben egt klaar met mn klas, ff serieus')).toBe(
      'ik ben echt klaar met mijn klas even serieus',
    );
  });

  it('returns nothing for a lone apostrophe', () => {
    expect(normaliseDutchWord("'")).toEqual([]);
  });
});
