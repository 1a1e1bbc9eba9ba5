import { changeWords, keyMessages, type KeyMessage } from '@klankbord/analysis/report';
import { wilsonInterval } from '@klankbord/analysis/statistics';
import type { Kysely } from 'kysely';
import { actionsOf } from '../actions/service.ts';
import { type AnalysisScope, resolveAnalysisScope } from '../analysis/analysis-scope.ts';
import type { Share } from '../analysis/figures.ts';
import type { SessionUser } from '../auth/sessions.ts';
import { organisationInScope } from '../organisations/scope.ts';
import type { Database, RespondentRole } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { organisationAndChildren, organisationAndParent, organisationFamily } from '../organisations/hierarchy.ts';
import { activeThemes } from '../signals/queries.ts';
import { signalCounts } from '../signals/service.ts';
import { type AgreementFigures, reportAgreement } from './agreement.ts';
import { type AudienceSection, audienceSection, roleDifferences, type RoleDifference } from './audience-section.ts';
import { selectQuotes, type Quote } from './quotes.ts';
import { activeCodebook, lastSubmission, wavesOfYear } from './report-queries.ts';

export const reportRoles = ['board', 'researcher', 'admin'] as const;

export interface ReportModel {
  organisation: { slug: string; name: string; kind: 'swv' | 'bestuur' };
  year: number;
  minCellSize: number;
  dataVersion: {
    waves: { id: number; name: string; audience: RespondentRole; opensOn: string; closesOn: string }[];
    lastSubmission: string | null;
    codebook: { slug: string; version: string } | null;
  };
  summary: KeyMessage[];
  audiences: AudienceSection[];
  roleDifferences: RoleDifference[];
  quotes: Quote[];
  signals: {
    total: number;
    themes: { code: string; label: string; signals: number; share: Share | null }[];
    byChannel: { channel: string; signals: number }[];
    byOutcome: { outcome: string; signals: number }[];
  };
  actions: {
    previousYear: number;
    items: {
      year: number;
      theme: string;
      themeLabel: string;
      title: string;
      owner: string;
      status: string;
      evaluation: string;
      /** What parents say about the action's theme now against last year (parents' stories). */
      now: { share: Share | null; previousShare: Share | null; words: string } | null;
    }[];
  };
  method: { agreement: AgreementFigures };
}

/** Published reports never reveal hidden cells, whoever reads them: researchers get the same report as a board. */
function publishedScope(scope: AnalysisScope): AnalysisScope {
  return { ...scope, reveal: false };
}

/**
 * The whole annual report of one organisation and year as plain data, built from the analysis views
 * (themes, schools, questions), the steunpunt counts, the actions and the approved quotes.
 * 404 for an unknown organisation or a year without a wave, 403 outside the user's access.
 */
export async function buildReportModel(
  db: Kysely<Database>,
  user: SessionUser,
  request: { organisation: string; year: number; minimum: number },
): Promise<ReportModel> {
  const { minimum, year } = request;
  const organisation = await organisationInScope(db, user, request.organisation, reportRoles);
  const owners = organisationAndParent(organisation);
  const waves = await wavesOfYear(db, owners, year);
  if (waves.length === 0)
    throw new AppError(
      'report_year_not_found',
      { year, name: organisation.name },
      `Er is geen meting in ${year} voor "${organisation.name}".`,
      { year },
    );

  const scopes = await Promise.all(
    waves.map(async (w) => publishedScope(await resolveAnalysisScope(db, user, organisation.slug, w.id))),
  );
  const audiences: AudienceSection[] = await Promise.all(
    scopes.map((scope, i) => audienceSection(db, scope, waves[i]!, minimum)),
  );

  const waveIds = waves.map((w) => w.id);
  const organisationIds = await organisationAndChildren(db, organisation.id);
  const [themes, codebook, last, signals, current, previous] = await Promise.all([
    activeThemes(db),
    activeCodebook(db),
    lastSubmission(db, waveIds),
    signalCounts(db, user, { organisation: organisation.slug, year }),
    actionsOf(db, user, { organisation: organisation.slug, year }),
    actionsOf(db, user, { organisation: organisation.slug, year: year - 1 }),
  ]);
  const themeLabel = new Map(themes.map((t) => [t.code, t.label]));
  const quotes = await selectQuotes(db, {
    organisationId: organisation.id,
    scope: { waveIds, organisationIds, includeUnknownSchool: organisation.kind === 'swv' },
    audiences,
    minimum,
  });

  const parents = audiences.find((a) => a.audience === 'ouder') ?? null;
  const summary = keyMessages({
    participation: audiences.map((a) => ({ label: a.plural, respondents: a.respondents })),
    topTheme: parents?.themes.items[0]?.share
      ? { label: parents.themes.items[0].label, share: parents.themes.items[0].share }
      : null,
    changes: (parents?.themes.items ?? []).flatMap((t) =>
      t.share && t.change?.previousShare && t.change.comparison
        ? [{ label: t.label, share: t.share, previousShare: t.change.previousShare, comparison: t.change.comparison }]
        : [],
    ),
    bestIndicator: parents?.bestIndicator ?? null,
  });

  const signalShare = (n: number): Share | null => {
    const interval = signals.total > 0 ? wilsonInterval(n, signals.total) : null;
    return interval?.ok ? { p: interval.p, lower: interval.lower, upper: interval.upper } : null;
  };
  return {
    organisation: { slug: organisation.slug, name: organisation.name, kind: organisation.kind },
    year,
    minCellSize: minimum,
    dataVersion: {
      waves: waves.map((w) => ({
        id: w.id,
        name: w.name,
        audience: w.audience,
        opensOn: w.opensOn,
        closesOn: w.closesOn,
      })),
      lastSubmission: last,
      codebook: codebook && { slug: codebook.slug, version: codebook.version },
    },
    summary,
    audiences,
    roleDifferences: roleDifferences(audiences),
    quotes,
    signals: {
      total: signals.total,
      themes: signals.byTheme
        .filter((t) => t.total > 0)
        .sort((a, b) => b.total - a.total || a.theme.localeCompare(b.theme))
        .map((t) => ({ code: t.theme, label: t.label ?? t.theme, signals: t.total, share: signalShare(t.total) })),
      byChannel: Object.entries(signals.byChannel).map(([channel, n]) => ({ channel, signals: n })),
      byOutcome: Object.entries(signals.byOutcome).map(([outcome, n]) => ({ outcome, signals: n })),
    },
    actions: {
      previousYear: year - 1,
      items: [...previous.actions, ...current.actions].map((a) => {
        const theme = parents?.themes.items.find((t) => t.code === a.theme);
        return {
          year: a.year,
          theme: a.theme,
          themeLabel: themeLabel.get(a.theme) ?? a.theme,
          title: a.title,
          owner: a.owner,
          status: a.status,
          evaluation: a.evaluation,
          now: theme
            ? {
                share: theme.share,
                previousShare: theme.change?.previousShare ?? null,
                words: changeWords(theme.change?.comparison ?? null).text,
              }
            : null,
        };
      }),
    },
    method: {
      agreement: await reportAgreement(
        db,
        // The stories of the year's waves, whichever organisation of the family they were told to.
        { organisationIds: await organisationFamily(db, organisation), codebookId: codebook?.id ?? null, waveIds },
        themes.map((t) => t.code),
      ),
    },
  };
}
