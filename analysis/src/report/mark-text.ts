// How a questionnaire item's answers become the report mark, in words for the questionnaire page: one home
// beside the other words of the analysis, with the formula taken from the statistics that compute the mark.
import { linearMarkFormula } from '../statistics/report-mark.ts';

const number = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/**
 * @example markConversionWords({ lowest: 1, highest: 4, conversion: 'linear' })
 * // 'schaal 1 tot 4, omgerekend naar een cijfer: 3 × gemiddelde − 2, zoals Vensters doet'
 */
export function markConversionWords(scale: { lowest: number; highest: number; conversion: 'as_is' | 'linear' }) {
  if (scale.conversion === 'as_is') return 'een cijfer van 1 tot 10, zoals ingevuld';
  const { factor, offset } = linearMarkFormula(scale.lowest, scale.highest);
  const formula = `${number.format(factor)} × gemiddelde ${offset < 0 ? '−' : '+'} ${number.format(Math.abs(offset))}`;
  const vensters = scale.lowest === 1 && scale.highest === 4 ? ', zoals Vensters doet' : '';
  return `schaal ${scale.lowest} tot ${scale.highest}, omgerekend naar een cijfer: ${formula}${vensters}`;
}
