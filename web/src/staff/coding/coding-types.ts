import type { Doubt } from '../redaction/doubts.tsx';

export interface Theme {
  id: number;
  code: string;
  label: string;
}
export interface EvidenceSpan {
  start: number;
  end: number;
  text: string;
}
export interface Suggestion {
  code: string;
  score: number;
  evidence: EvidenceSpan[];
}
export type Suggestions =
  | { ok: true; classifierVersion: string; themes: Suggestion[] }
  | { ok: false; classifierVersion: string | null; reason: string; message: string };

export interface CodingStory {
  id: number;
  title: string | null;
  text: string;
  locale?: string;
  role: 'ouder' | 'jongere';
  sector: string | null;
  selfThemes: { code: string; label: string }[];
  consentQuote: boolean;
  quoteStatus: 'pending' | 'approved' | 'rejected';
  suggestions: Suggestions;
  /** Words the redactor left but doubted, in the redacted text (issue 19). */
  doubts: Doubt[];
  doubleCoded?: boolean;
}

export interface NextStory {
  story: CodingStory;
  themes: Theme[];
  remaining: number;
  doubleShare: number;
}

/** Keys that toggle themes, in codebook order: digits first, then letters that no action uses. */
export const themeKeys = [
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '0',
  'z',
  'x',
  'c',
  'v',
  'b',
  'n',
  'm',
  'w',
  'e',
  't',
];
