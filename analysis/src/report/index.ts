// Wording of the annual parent-voice report (B1 Dutch). Pure: no I/O.
export {
  changeWords,
  differenceWords,
  formatCount,
  formatDecimal,
  formatInterval,
  formatPercent,
  keyMessages,
  type ChangeWord,
  type ComparisonFigure,
  type KeyMessage,
  type KeyMessageInput,
  type ShareFigure,
} from './report-text.ts';
export { importanceWords, type ImportanceSource, type ImportanceWords } from './importance-text.ts';
export { markConversionWords } from './mark-text.ts';
