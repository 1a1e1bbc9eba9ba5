/** The 14 theme codes of the codebook (`codebook/themes.json`), in its order. */
export const themeCodes = [
  'ROL',
  'OVG',
  'PRV',
  'TIJD',
  'VEI',
  'COM',
  'REL',
  'PAS',
  'GSP',
  'WLB',
  'THB',
  'TAAL',
  'KOS',
  'ONW',
] as const;
export type ThemeCode = (typeof themeCodes)[number];
export const toneCodes = ['positief', 'gemengd', 'negatief'] as const;
export type ToneCode = (typeof toneCodes)[number];
export const kindCodes = ['ervaring', 'wens', 'vraag', 'compliment', 'klacht'] as const;
export type KindCode = (typeof kindCodes)[number];

/**
 * Every text a respondent reads outside the questionnaire itself. Dutch is B1 and addresses the reader
 * as "je": the same pages serve parents and young people. `{name}` marks a value filled in by `fill`.
 */
export interface PageTexts {
  languageName: string;
  languageLabel: string;
  skipLink: string;
  deleteLink: string;
  readAloud: string;
  loading: string;
  toStart: string;
  errors: {
    unknownLinkTitle: string;
    unknownLink: string;
    closedTitle: string;
    closed: string;
    offline: string;
    server: string;
    tooMany: string;
    /** A single-use invitation token that was used before (409). */
    invitationUsed: string;
    invitationUnknownTitle: string;
    invitationUnknown: string;
    invitationUsedTitle: string;
    notFoundTitle: string;
  };
  questionnaire: {
    schoolLabel: string;
    schoolHint: string;
    chooseSchool: string;
    schoolRequired: string;
    start: string;
    draftRestored: string;
    saveLater: string;
    saveLaterHint: string;
    savedTitle: string;
    savedText: string;
    resumeCodeLabel: string;
    resumeLinkLabel: string;
    continueNow: string;
    haveCode: string;
    resumeField: string;
    resumeButton: string;
    resumeUnknown: string;
    sendFailedKept: string;
    retry: string;
    checkAnswers: string;
    step: string;
    offlineWaiting: string;
    sending: string;
    wipeHint: string;
    wipe: string;
    wiped: string;
    continueSurvey: string;
  };
  story: {
    title: string;
    intro: string;
    privacy: string;
    roleLegend: string;
    roleParent: string;
    roleYouth: string;
    organisationLabel: string;
    chooseOrganisation: string;
    schoolLabel: string;
    schoolNone: string;
    titleLabel: string;
    textLabel: string;
    textHint: string;
    charCount: string;
    toneLegend: string;
    themesLegend: string;
    themesHint: string;
    kindLegend: string;
    helpedLabel: string;
    helpedHint: string;
    consentLegend: string;
    consentQuote: string;
    consentQuoteHint: string;
    consentResearch: string;
    consentResearchHint: string;
    consentYouth: string;
    consentNo: string;
    optional: string;
    submit: string;
    sending: string;
    errorSummary: string;
    errRole: string;
    errOrganisation: string;
    errTextShort: string;
    errTextLong: string;
    errTone: string;
    errThemes: string;
    errKind: string;
    draftKept: string;
  };
  thanks: {
    title: string;
    received: string;
    receiptLabel: string;
    receiptExplain: string;
    receiptKeep: string;
    deleteHow: string;
    storyInvite: string;
    storyLink: string;
    /** Where the thank-you page points to the latest published results page (issue 17). */
    resultsInvite: string;
    resultsLink: string;
  };
  /** The public results page "jullie zeiden, wij deden" (issue 17): fixed texts; its data stays Dutch. */
  results: {
    title: string;
    intro: string;
    schoolIntro: string;
    published: string;
    whoTitle: string;
    parentsTook: string;
    youthTook: string;
    parentsTooFew: string;
    youthTooFew: string;
    groupRule: string;
    agreeTitle: string;
    parents: string;
    youth: string;
    agreeShare: string;
    themesTitle: string;
    themeShareParents: string;
    themeShareYouth: string;
    quotesLabel: string;
    actionsTitle: string;
    noActions: string;
    owner: string;
    yearOf: string;
    evaluation: string;
    schoolsTitle: string;
    allSchools: string;
    notFoundTitle: string;
    notFound: string;
    dutchNote: string;
    status: Record<'gepland' | 'bezig' | 'klaar' | 'gestopt', string>;
  };
  remove: {
    title: string;
    intro: string;
    codeLabel: string;
    codeHint: string;
    submit: string;
    done: string;
    unknown: string;
    empty: string;
  };
  themes: Record<ThemeCode, string>;
  tones: Record<ToneCode, string>;
  kinds: Record<KindCode, string>;
}

/** Fills `{name}` placeholders: `fill('{n} van 5000', { n: 12 })` → "12 van 5000". */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
