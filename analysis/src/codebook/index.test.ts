import { describe, expect, it } from 'vitest';
import { defaultCodebook, facetCodes, themeCodes } from './index.ts';

describe('default codebook', () => {
  it('starts with the five Staat van de Ouder themes, then the rest, fourteen in all', () => {
    expect(themeCodes(defaultCodebook).slice(0, 5)).toEqual(['ROL', 'OVG', 'PRV', 'TIJD', 'VEI']);
    expect(themeCodes(defaultCodebook)).toHaveLength(14);
  });

  it('gives every theme a B1 label for respondents', () => {
    for (const theme of defaultCodebook.themes) expect(theme.respondent_label.length).toBeGreaterThan(5);
  });

  it('lists the tone and kind facets', () => {
    expect(facetCodes(defaultCodebook, 'tone')).toEqual(['positief', 'gemengd', 'negatief']);
    expect(facetCodes(defaultCodebook, 'kind')).toContain('klacht');
    expect(facetCodes(defaultCodebook, 'onbekend')).toEqual([]);
  });
});
