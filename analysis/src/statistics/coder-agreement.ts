import { cohensKappa } from './kappa.ts';
import { krippendorffAlpha } from './krippendorff.ts';
import type { FailureReason } from './result.ts';

// Agreement between two codings of the same stories, theme by theme (applied or not): the one
// computation behind the agreement screen and the report's methods appendix.

/** The themes two coders (or the classifier and the agreed codes) gave one story. */
export interface CodedPair {
  readonly a: ReadonlySet<string>;
  readonly b: ReadonlySet<string>;
}

export type AgreementFigure = { value: number; n: number } | { value: null; n: number; reason: string };

export interface ThemeAgreement {
  themes: { code: string; kappa: AgreementFigure }[];
  /** Cohen's kappa averaged over the themes where it can be computed. */
  meanKappa: AgreementFigure;
  /** Krippendorff's alpha over every (story, theme) unit, nominal. */
  alpha: AgreementFigure & { units: number };
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

// The screen and the report show these as they are: Dutch, never the statistics library's English note.
const notComputable: Record<FailureReason, string> = {
  invalid_input: 'Niet te berekenen: de coderingen passen niet bij elkaar.',
  no_data: 'Niet te berekenen: nog geen verhaal is door twee codeurs gecodeerd.',
  one_group: 'Niet te berekenen: er is maar één groep.',
  no_variation: 'Niet te berekenen: alle codeurs gaven overal hetzelfde antwoord.',
  empty_category: 'Niet te berekenen: een categorie is leeg.',
};

/**
 * Cohen's kappa per theme, its mean over themes, and Krippendorff's alpha, for pairs of codings; below `minimumPairs` stories the mean is not given.
 * @example
 * themeAgreement([{ a: new Set(['VEI']), b: new Set(['VEI']) }, { a: new Set(), b: new Set(['COM']) }], ['VEI', 'COM']);
 * // themes: VEI kappa 1, COM kappa 0 …; meanKappa null (2 stories, at least 10 needed)
 */
export function themeAgreement(
  pairs: readonly CodedPair[],
  codes: readonly string[],
  { minimumPairs = 10 }: { minimumPairs?: number } = {},
): ThemeAgreement {
  const n = pairs.length;
  const themes = codes.map((code) => {
    const result = cohensKappa(
      pairs.map((p) => String(p.a.has(code))),
      pairs.map((p) => String(p.b.has(code))),
    );
    const kappa: AgreementFigure =
      result.ok && Number.isFinite(result.kappa)
        ? { value: round3(result.kappa), n }
        : {
            value: null,
            n,
            reason: result.ok ? 'Niet te berekenen: niemand koos dit thema.' : notComputable[result.reason],
          };
    return { code, kappa };
  });
  const computed = themes.flatMap((t) => (t.kappa.value === null ? [] : [t.kappa.value]));
  const meanKappa: AgreementFigure =
    n < minimumPairs
      ? { value: null, n, reason: `Niet berekend: ${n} verhalen (minstens ${minimumPairs} nodig).` }
      : computed.length === 0
        ? { value: null, n, reason: 'Niet te berekenen voor een enkel thema.' }
        : { value: round3(computed.reduce((a, b) => a + b, 0) / computed.length), n };
  const units = pairs.flatMap((p) => codes.map((code) => [p.a.has(code) ? 1 : 0, p.b.has(code) ? 1 : 0]));
  const alpha = krippendorffAlpha(units, 'nominal');
  return {
    themes,
    meanKappa,
    alpha: alpha.ok
      ? { value: round3(alpha.alpha), n, units: units.length }
      : { value: null, n, units: units.length, reason: notComputable[alpha.reason] },
  };
}
