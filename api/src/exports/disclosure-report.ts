import type { KAnonymityResult } from '@klankbord/analysis/disclosure';
import { quasiIdentifierNames } from './export-variables.ts';
import type { StoryDisclosure } from './write-stories.ts';

/** disclosure-report.json: what was done to responses.csv to make it k-anonymous. */
export interface DisclosureReport {
  k: number;
  quasiIdentifiers: string[];
  achievedMinGroupSize: number;
  generalisation: { quasiIdentifier: string; level: number; levelName: string }[];
  suppressed: { values: number; records: number; droppedRecords: number };
  records: { counted: number; released: number };
  maxSuppressedShare: number;
  /** stories.csv's wave, role, sector and year, k-anonymous on their own; null without stories. */
  storyMetadata: { quasiIdentifiers: string[]; suppressedValues: number; fullySuppressed: number } | null;
  /** Demographic questions not chosen as quasi-identifiers: left out of responses.csv altogether. */
  withheldQuestions: string[];
  /** Set when nothing (or not everything) could be released: why, in Dutch. */
  explanation: string | null;
  stories: string;
}

/** The report as it is written into the export and beside its ZIP. */
export const disclosureReportJson = (report: DisclosureReport) => `${JSON.stringify(report, null, 2)}\n`;

const levelWords: Record<string, string> = {
  bestuur: 'bestuur',
  swv: 'samenwerkingsverband',
  regio: 'regio',
  kwartaal: 'kwartaal',
  jaar: 'jaar',
};

export function disclosureReport(
  decision: KAnonymityResult,
  quasiIdentifiers: string[],
  maxSuppressedShare: number,
  story: Omit<StoryDisclosure, 'release' | 'k'> | null,
  withheldQuestions: string[] = [],
): DisclosureReport {
  const storyMetadata = story && {
    quasiIdentifiers: [...story.quasiIdentifiers],
    suppressedValues: story.suppressedValues,
    fullySuppressed: story.fullySuppressed,
  };
  const stories = story
    ? `stories.csv bevat alleen verhalen met toestemming voor onderzoek; tekst en titel zijn geredigeerd (namen, contactgegevens, scholen); geen school, alleen het jaar. Meting, rol, sector en jaar zijn samen k-anoniem (k = ${decision.k}): ${story.suppressedValues} waarden onderdrukt (*)${story.fullySuppressed ? `, bij ${story.fullySuppressed} verhalen alle vier` : ''}.`
    : 'Geen verhalen in deze export.';
  if (!decision.ok) {
    return {
      k: decision.k,
      quasiIdentifiers,
      achievedMinGroupSize: 0,
      generalisation: [],
      suppressed: { values: 0, records: 0, droppedRecords: decision.totalRecords },
      records: { counted: decision.totalRecords, released: 0 },
      maxSuppressedShare,
      storyMetadata,
      withheldQuestions,
      explanation:
        decision.totalRecords === 0
          ? 'Er zijn geen ingevulde vragenlijsten in deze selectie; responses.csv bevat alleen de kopregel.'
          : `Er zijn maar ${decision.totalRecords} ingevulde vragenlijsten in deze selectie; met k = ${decision.k} kan geen enkele worden vrijgegeven zonder dat iemand herkenbaar wordt. responses.csv bevat alleen de kopregel. Kies meer golven, een grotere organisatie of een kleinere k.`,
      stories,
    };
  }
  return {
    k: decision.k,
    quasiIdentifiers,
    achievedMinGroupSize: decision.minGroupSize,
    generalisation: decision.generalisation,
    suppressed: {
      values: decision.suppressedValues,
      records: decision.suppressedRecords,
      droppedRecords: decision.droppedRecords,
    },
    records: { counted: decision.totalRecords, released: decision.releasedRecords },
    maxSuppressedShare,
    storyMetadata,
    withheldQuestions,
    explanation:
      decision.droppedRecords > 0
        ? `${decision.droppedRecords} ingevulde vragenlijst(en) zijn weggelaten: zelfs met alle kenmerken onderdrukt bleef hun groep kleiner dan ${decision.k}.`
        : null,
    stories,
  };
}

/** The report in one Dutch sentence, as the web screen shows it. */
export function describeDisclosure(report: DisclosureReport): string {
  const name = (q: string) => (quasiIdentifierNames as Record<string, string>)[q] ?? q;
  if (report.records.released === 0) return report.explanation ?? 'Niets vrijgegeven.';
  const generalised = report.generalisation
    .filter((g) => g.level > 0)
    .map((g) =>
      g.levelName === '*'
        ? `${name(g.quasiIdentifier)} weggelaten`
        : `${name(g.quasiIdentifier)} gegeneraliseerd naar ${levelWords[g.levelName] ?? g.levelName}`,
    );
  return [
    `minimum groepsgrootte ${report.achievedMinGroupSize}`,
    ...generalised,
    `${report.suppressed.values} waarden onderdrukt`,
    ...(report.suppressed.droppedRecords ? [`${report.suppressed.droppedRecords} records weggelaten`] : []),
    ...(report.withheldQuestions.length
      ? [`niet gekozen achtergrondvragen niet in de export: ${report.withheldQuestions.join(', ')}`]
      : []),
  ].join('; ');
}
