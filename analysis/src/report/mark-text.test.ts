import { describe, expect, it } from 'vitest';
import { markConversionWords } from './mark-text.ts';

describe('markConversionWords', () => {
  it('says how a scale becomes a mark, with Vensters named for the 4-point scale', () => {
    expect(markConversionWords({ lowest: 1, highest: 4, conversion: 'linear' })).toBe(
      'schaal 1 tot 4, omgerekend naar een cijfer: 3 × gemiddelde − 2, zoals Vensters doet',
    );
    expect(markConversionWords({ lowest: 1, highest: 5, conversion: 'linear' })).toBe(
      'schaal 1 tot 5, omgerekend naar een cijfer: 2,25 × gemiddelde − 1,25',
    );
    expect(markConversionWords({ lowest: 1, highest: 10, conversion: 'as_is' })).toBe(
      'een cijfer van 1 tot 10, zoals ingevuld',
    );
  });
});
