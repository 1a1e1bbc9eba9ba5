import { createRedactor } from '@klankbord/analysis/redaction';
import type { Share } from '../analysis/figures.ts';
import type { RespondentRole, Sector } from '../db/database.ts';
import type { SchoolUnder } from '../organisations/hierarchy.ts';
import type { ReportModel } from '../report/report-model.ts';

// The public results page is a selection from the report model, never a second computation: every
// figure here is one the report publishes (small groups already hidden by analysis/src/disclosure).

export type ActionStatus = 'gepland' | 'bezig' | 'klaar' | 'gestopt';

export interface ResultsAction {
  year: number;
  title: string;
  status: ActionStatus;
  /** A function or team ("Directeur SWV"), never a person's name: a name found in it gives the organisation. */
  ownerRole: string;
  evaluation: string;
}

export interface ResultsTheme {
  code: string;
  label: string;
  /** Share of the stories of parents / young people about this theme; null when hidden or absent. */
  shares: { audience: RespondentRole; share: Share | null }[];
  quotes: { audience: RespondentRole; text: string }[];
  actions: ResultsAction[];
}

export interface ResultsSchool {
  /** BRIN and vestiging, e.g. "91AA00": the last part of /resultaten/:organisation/:year/:brin. */
  key: string;
  name: string;
  sector: Sector;
  /** Respondents per audience; null = "te weinig reacties" (hidden as in the report). */
  audiences: { audience: RespondentRole; respondents: number | null }[];
}

export interface ResultsSnapshot {
  organisation: { slug: string; name: string; kind: 'swv' | 'bestuur' };
  year: number;
  minCellSize: number;
  audiences: {
    audience: RespondentRole;
    respondents: number | null;
    period: { opensOn: string; closesOn: string };
    /** Share agreeing (the two highest answers) per questionnaire item, as in the report. */
    indicators: { title: string; topBox: Share }[];
    stories: number | null;
  }[];
  themes: ResultsTheme[];
  schools: ResultsSchool[];
}

const nameFinder = createRedactor();

/** The owner as a role: when the redactor finds a person's name in it, the organisation stands in. */
export function ownerRoleOf(owner: string, kind: 'swv' | 'bestuur'): string {
  const fallback = kind === 'swv' ? 'Samenwerkingsverband' : 'Schoolbestuur';
  const trimmed = owner.trim();
  if (trimmed === '') return fallback;
  return nameFinder(trimmed).entities.some((e) => e.type === 'PERSON') ? fallback : trimmed;
}

export function schoolKey(school: { brin: string; vestiging: string }): string {
  return `${school.brin}${school.vestiging}`.toUpperCase();
}

/** Selects what the public page shows from the report model: figures, approved quotes and actions per theme. */
export function resultsSnapshot(model: ReportModel, schools: readonly SchoolUnder[]): ResultsSnapshot {
  const { kind } = model.organisation;
  const themes = new Map<string, ResultsTheme>();
  const themeOf = (code: string, label: string) => {
    let theme = themes.get(code);
    if (!theme) {
      theme = { code, label, shares: [], quotes: [], actions: [] };
      themes.set(code, theme);
    }
    return theme;
  };
  for (const audience of model.audiences)
    for (const item of audience.themes.items)
      if (item.share) themeOf(item.code, item.label).shares.push({ audience: audience.audience, share: item.share });
  for (const quote of model.quotes)
    themeOf(quote.theme, quote.themeLabel).quotes.push({ audience: quote.audience, text: quote.text });
  for (const action of model.actions.items)
    themeOf(action.theme, action.themeLabel).actions.push({
      year: action.year,
      title: action.title,
      status: action.status as ActionStatus,
      ownerRole: ownerRoleOf(action.owner, kind),
      evaluation: action.evaluation,
    });
  // The themes people wrote most about first; a theme only acted upon comes after them.
  const weight = (t: ResultsTheme) => Math.max(-1, ...t.shares.map((s) => s.share?.p ?? -1));
  const ordered = [...themes.values()].sort((a, b) => weight(b) - weight(a) || a.label.localeCompare(b.label, 'nl'));

  const byName = new Map(schools.map((s) => [s.name, s]));
  const schoolRows = new Map<string, ResultsSchool>();
  for (const audience of model.audiences)
    for (const row of audience.schools) {
      const school = byName.get(row.name);
      if (!school) continue;
      const key = schoolKey(school);
      const entry = schoolRows.get(key) ?? { key, name: school.name, sector: school.sector, audiences: [] };
      entry.audiences.push({ audience: audience.audience, respondents: row.note === null ? row.respondents : null });
      schoolRows.set(key, entry);
    }

  return {
    organisation: model.organisation,
    year: model.year,
    minCellSize: model.minCellSize,
    audiences: model.audiences.map((a) => ({
      audience: a.audience,
      respondents: a.respondents,
      period: { opensOn: a.wave.opensOn, closesOn: a.wave.closesOn },
      indicators: a.participation.indicators.flatMap((i) => (i.topBox ? [{ title: i.title, topBox: i.topBox }] : [])),
      stories: a.themes.stories,
    })),
    themes: ordered,
    schools: [...schoolRows.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
  };
}
