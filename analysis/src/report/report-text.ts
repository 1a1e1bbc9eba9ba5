// Plain-language (B1 Dutch) wording for the annual report. Pure: numbers in, sentences out.

/** A share with its 95% interval, as the analysis views publish it. */
export interface ShareFigure {
  p: number;
  lower: number;
  upper: number;
}

/** A two-sample comparison as the analysis views publish it; null when it could not be made. */
export interface ComparisonFigure {
  difference: number;
  significant: boolean;
}

/**
 * A whole number with a Dutch thousands separator; the same output on every machine (no locale data).
 * @example formatCount(12345) // '12.345'
 */
export function formatCount(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.round(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * A share as a whole percentage.
 * @example formatPercent(0.4249) // '42%'
 */
export function formatPercent(p: number): string {
  return `${Math.round(p * 100)}%`;
}

/**
 * A number with a decimal comma and a real minus sign (−), `digits` after the comma.
 * @example formatDecimal(-0.456, 2) // '−0,46'
 */
export function formatDecimal(v: number, digits = 1): string {
  return v.toFixed(digits).replace('.', ',').replace('-', '−');
}

/**
 * The 95% interval of a share in words a reader can check.
 * @example formatInterval({ p: 0.42, lower: 0.35, upper: 0.5 }) // 'tussen 35% en 50%'
 */
export function formatInterval(share: ShareFigure): string {
  return `tussen ${formatPercent(share.lower)} en ${formatPercent(share.upper)}`;
}

export type ChangeWord = 'gestegen' | 'gedaald' | 'gelijk gebleven' | 'niet te vergelijken';

/**
 * A change against last year in words: only a significant difference is called a rise or a fall.
 * @example changeWords({ difference: 0.04, significant: false }).text // 'gelijk gebleven — het verschil is niet significant'
 */
export function changeWords(comparison: ComparisonFigure | null): { word: ChangeWord; text: string } {
  if (comparison === null)
    return { word: 'niet te vergelijken', text: 'niet te vergelijken — te weinig gegevens in een van beide jaren' };
  if (!comparison.significant)
    return { word: 'gelijk gebleven', text: 'gelijk gebleven — het verschil is niet significant' };
  return comparison.difference > 0
    ? { word: 'gestegen', text: 'gestegen (het verschil is significant)' }
    : { word: 'gedaald', text: 'gedaald (het verschil is significant)' };
}

/**
 * Two groups compared in words: a difference is only named when it is significant.
 * @example differenceWords('po', 'vo', { difference: -0.1, significant: true }) // 'po lager dan vo (significant)'
 */
export function differenceWords(first: string, second: string, comparison: ComparisonFigure | null): string {
  if (comparison === null) return 'niet te vergelijken — te weinig reacties';
  if (!comparison.significant) return 'geen verschil — het verschil is niet significant';
  return `${first} ${comparison.difference > 0 ? 'hoger' : 'lager'} dan ${second} (significant)`;
}

export interface KeyMessageInput {
  /** Respondents per audience with a published count (null when too few to publish). */
  participation: { label: string; respondents: number | null }[];
  /** The most-mentioned theme of the parents' stories, with its published share. */
  topTheme: { label: string; share: ShareFigure } | null;
  /** Themes compared with last year: the largest significant change is told. */
  changes: { label: string; share: ShareFigure; previousShare: ShareFigure; comparison: ComparisonFigure }[];
  /** The questionnaire item most parents agree with (top-two-box), the fallback third message. */
  bestIndicator: { title: string; topBox: ShareFigure } | null;
}

export interface KeyMessage {
  text: string;
  /** The figures the message is built on, exactly as printed. */
  figures: string[];
}

/**
 * The three key messages of the Samenvatting, each built on published figures only.
 * @example keyMessages({ participation: [{ label: 'ouders', respondents: 300 }], topTheme: null, changes: [], bestIndicator: null })[0].text
 * // '300 ouders vulden de vragenlijst in.'
 */
export function keyMessages(input: KeyMessageInput): KeyMessage[] {
  const messages: KeyMessage[] = [];
  const counted = input.participation.filter((p) => p.respondents !== null);
  if (counted.length > 0) {
    const parts = counted.map((p) => `${formatCount(p.respondents!)} ${p.label}`);
    const joined = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}` : parts[0]!;
    messages.push({
      text: `${joined} vulden de vragenlijst in.`,
      figures: counted.map((p) => formatCount(p.respondents!)),
    });
  }
  if (input.topTheme)
    messages.push({
      text: `Ouders schrijven het vaakst over ${input.topTheme.label.toLowerCase()}: in ${formatPercent(input.topTheme.share.p)} van hun verhalen.`,
      figures: [formatPercent(input.topTheme.share.p)],
    });
  const significant = input.changes
    .filter((c) => c.comparison.significant)
    .sort(
      (a, b) => Math.abs(b.comparison.difference) - Math.abs(a.comparison.difference) || a.label.localeCompare(b.label),
    );
  const change = significant[0];
  if (change) {
    const { word } = changeWords(change.comparison);
    messages.push({
      text: `Het thema ${change.label.toLowerCase()} is ${word}: van ${formatPercent(change.previousShare.p)} naar ${formatPercent(change.share.p)} van de verhalen.`,
      figures: [formatPercent(change.previousShare.p), formatPercent(change.share.p)],
    });
  } else if (input.bestIndicator) {
    messages.push({
      text: `${formatPercent(input.bestIndicator.topBox.p)} van de ouders is het eens met: “${input.bestIndicator.title}”.`,
      figures: [formatPercent(input.bestIndicator.topBox.p)],
    });
  }
  return messages;
}
