import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.ts';
import type { Database, RespondentRole } from '../db/database.ts';
import { organisationAndParent } from '../organisations/hierarchy.ts';
import { analysisItems } from '../surveys/analysis-items.ts';
import { type AnalysisScope, analysisAccess, nationalScope, resolveAnalysisScope } from './analysis-scope.ts';
import type { QuestionGrouping } from './question-queries.ts';
import { questionView } from './question-view.ts';
import { ownSchoolView } from './own-school-view.ts';
import { schoolView } from './school-view.ts';
import { priorityView } from './priority-view.ts';
import { reportMarkView } from './report-mark-view.ts';
import type { ThemeGrouping } from './theme-queries.ts';
import { themeView } from './theme-view.ts';

export type View =
  | { view: 'themes'; by: ThemeGrouping }
  | { view: 'questions'; question: string; by: QuestionGrouping }
  | { view: 'schools' }
  | { view: 'own-school' }
  | { view: 'report-mark'; installationMinimum?: number }
  | { view: 'priorities' };

function runView(db: Kysely<Database>, scope: AnalysisScope, view: View, minimum: number) {
  switch (view.view) {
    case 'themes':
      return themeView(db, scope, view.by, minimum);
    case 'questions':
      return questionView(db, scope, view.question, view.by, minimum);
    case 'schools':
      return schoolView(db, scope, minimum);
    case 'own-school':
      return ownSchoolView(db, scope, minimum);
    case 'report-mark':
      return reportMarkView(db, scope, minimum, view.installationMinimum);
    case 'priorities':
      return priorityView(db, scope, minimum);
  }
}

/** What each view answers: the routes (and so the web's typed client) get the one view they asked for. */
export interface ViewResults {
  themes: Awaited<ReturnType<typeof themeView>>;
  questions: Awaited<ReturnType<typeof questionView>>;
  schools: Awaited<ReturnType<typeof schoolView>>;
  'own-school': Awaited<ReturnType<typeof ownSchoolView>>;
  'report-mark': Awaited<ReturnType<typeof reportMarkView>>;
  priorities: Awaited<ReturnType<typeof priorityView>>;
}

/** One analysis view of an organisation's wave, as far as the user may see it. */
export async function organisationView<V extends View>(
  db: Kysely<Database>,
  user: SessionUser,
  request: { organisation: string; wave: number; minimum: number },
  view: V,
): Promise<ViewResults[V['view']]> {
  const scope = await resolveAnalysisScope(db, user, request.organisation, request.wave);
  return (await runView(db, scope, view, request.minimum)) as ViewResults[V['view']];
}

/** The same view for the whole country (every wave of a year and audience); only the benchmark calls this. */
export async function nationalView(
  db: Kysely<Database>,
  request: { year: number; audience: RespondentRole; minimum: number },
  view: View,
) {
  const scope = await nationalScope(db, request.year, request.audience);
  return runView(db, scope, view, request.minimum);
}

export { themeView, questionView, schoolView };

/** The waves of an organisation (and of its SWV) with the questions that have a distribution: the dashboard's filters. */
export async function wavesForDashboard(db: Kysely<Database>, user: SessionUser, organisation: string) {
  const { organisation: org } = await analysisAccess(db, user, organisation);
  const waves = await db
    .selectFrom('waves')
    .innerJoin('survey_versions', 'survey_versions.id', 'waves.survey_version_id')
    .select(['waves.id', 'waves.name', 'waves.year', 'waves.audience', 'survey_versions.definition'])
    .where('waves.organisation_id', 'in', organisationAndParent(org))
    .orderBy('waves.year', 'desc')
    // Parents first: the audience every school has.
    .orderBy('waves.audience', 'desc')
    .execute();
  return {
    waves: waves.map((w) => ({
      id: w.id,
      name: w.name,
      year: w.year,
      audience: w.audience,
      // Every closed question, matrix rows as items of their own.
      questions: analysisItems(w.definition).map((q) => ({ name: q.name, title: q.title, kind: q.kind })),
    })),
  };
}
