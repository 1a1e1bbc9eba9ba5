import { describe, expect, it } from 'vitest';
import { analyseDutch } from '../text/index.ts';
import { compileRules, countDistinctRules, matchRules, type RuleSetJson } from './rules.ts';

const rules: RuleSetJson = {
  codebookVersion: 'test',
  themes: {
    VEI: { terms: ['pest*', 'uitgescholden'], phrases: ['niet veilig'] },
    GSP: { terms: ['*gesprek', 'rapport'], phrases: [] },
    COM: { terms: [], phrases: ['niets gehoord'] },
    REL: { terms: ['serieus'], phrases: ['niet gehoord', 'niet serieus genomen'] },
  },
};
const compiled = compileRules(rules);
const hitsIn = (text: string) => matchRules(compiled, analyseDutch(text)).map((hit) => `${hit.theme}:${hit.rule}`);

describe('codebook rules', () => {
  it('matches prefixes, compound heads and stems of inflected forms', () => {
    expect(hitsIn('Het pestprotocol werkt niet')).toEqual(['VEI:pest*']);
    expect(hitsIn('Twee startgesprekken en een rapportgesprek')).toEqual(['GSP:*gesprek', 'GSP:*gesprek']);
    expect(hitsIn('De rapporten kwamen laat')).toEqual(['GSP:rapport']);
  });

  it('ignores a term inside a negation, but not a phrase that spells the negation out', () => {
    expect(hitsIn('Geen last van pesten')).toEqual([]);
    expect(hitsIn('We worden niet serieus genomen')).toEqual(['REL:niet serieus genomen']);
  });

  it('keeps "niets gehoord" (not informed) apart from "niet gehoord" (not listened to)', () => {
    expect(hitsIn('We hebben niets gehoord')).toEqual(['COM:niets gehoord']);
    expect(hitsIn('Ik voel me niet gehoord')).toEqual(['REL:niet gehoord']);
  });

  it('gives the span of each hit so it can be highlighted', () => {
    const tokens = analyseDutch('Het is hier niet veilig.');
    const [hit] = matchRules(compiled, tokens);
    expect(hit && tokens.slice(hit.first, hit.last + 1).map((t) => t.surface)).toEqual(['niet', 'veilig']);
  });

  it('counts distinct rules per theme', () => {
    const counts = countDistinctRules(matchRules(compiled, analyseDutch('pesten, een pestkop en uitgescholden')));
    expect(counts.get('VEI')).toBe(2);
  });
});
