// Statistics for Klankbord reports. Every function returns `{ ok: true, … } | { ok: false, reason, message }`.
export type { Failure, FailureReason, Result } from './result.ts';
export { wilsonInterval, type Interval } from './wilson.ts';
export { chiSquareIndependence, type ChiSquareIndependence } from './chi-square.ts';
export { twoProportionTest, type TwoProportionTest } from './two-proportion.ts';
export { likertSummary, type LikertSummary } from './likert.ts';
export { cohensKappa, fleissKappa, type Agreement, type Category } from './kappa.ts';
export { krippendorffAlpha, type KrippendorffAlpha } from './krippendorff.ts';
export { rake, type Margins, type RakeOptions, type RakeRow, type Raking } from './rake.ts';
export { weightedShare, weightedShareOfGroups, type WeightedGroup, type WeightedShare } from './weighted-share.ts';
export { themeAgreement, type AgreementFigure, type CodedPair, type ThemeAgreement } from './coder-agreement.ts';
export {
  distributionOf,
  oneSampleTTest,
  percentileRank,
  regularizedBeta,
  studentTwoSidedP,
  type Distribution,
  type OneSampleTTest,
} from './reference.ts';
export {
  linearMarkFormula,
  markDifference,
  markScale,
  reportMark,
  type MarkDifference,
  type MarkScale,
  type ReportMark,
} from './report-mark.ts';
export { addSums, emptySums, pearsonFromSums, type PairSums } from './correlation.ts';
export { priorityQuadrants, type MatrixPoint, type Quadrant } from './priority-matrix.ts';
export { marginOfError, maxMarginOfError, responseRate } from './response-rate.ts';
