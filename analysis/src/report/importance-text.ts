// How the priority matrix measured importance, in B1 Dutch: one home for the dashboard and the report,
// which must both say which kind of importance they show (issue 17 item 3).
import { formatDecimal, formatPercent } from './report-text.ts';

/** 'correlation': the item's correlation with the report mark; 'explicit': the questionnaire's own importance questions. */
export type ImportanceSource = 'correlation' | 'explicit';

export interface ImportanceWords {
  /** One sentence saying what "belang" means in this matrix. */
  explanation: string;
  axis: string;
  itemColumn: string;
  themeColumn: string;
  /** An importance value as the tables print it: r with two decimals, or a percentage. */
  format: (value: number) => string;
}

// The report's own notation (report-text.ts), which the dashboard shows too.
const correlation = (r: number) => formatDecimal(r, 2);

/**
 * The words for one kind of importance.
 * @example importanceWords('explicit').format(0.5) // '50%'
 */
export function importanceWords(source: ImportanceSource): ImportanceWords {
  switch (source) {
    case 'explicit':
      return {
        explanation:
          'Belang is hier wat de mensen zelf zeiden: de vragenlijst vraagt bij elke vraag in de matrix ook hoe belangrijk zij dat vinden. Belang is het deel dat een van de twee hoogste antwoorden gaf.',
        axis: 'Belang: aandeel (zeer) belangrijk',
        itemColumn: 'Belang (aandeel belangrijk)',
        themeColumn: 'Belang (gemiddeld aandeel belangrijk)',
        format: formatPercent,
      };
    case 'correlation':
      return {
        explanation:
          'Belang is hier hoe sterk de vraag samenhangt met het rapportcijfer (correlatie r, van −1 tot 1): de vragenlijst heeft geen aparte vragen over belang.',
        axis: 'Belang: samenhang met het rapportcijfer (r)',
        itemColumn: 'Belang (r)',
        themeColumn: 'Belang (gemiddelde r)',
        format: correlation,
      };
  }
}
