import { lazy, Suspense } from 'react';
import { matchPath, RouterProvider, usePath } from './lib/router.tsx';
import { HomePage } from './home-page.tsx';

// Every page is its own chunk: a respondent's phone loads only its page (survey-core only on /s/:code),
// never the staff screens or the typed api client they use.
const DashboardPage = lazy(() =>
  import('./staff/dashboard/dashboard-page.tsx').then((m) => ({ default: m.DashboardPage })),
);
const AuditPage = lazy(() => import('./staff/audit-page.tsx').then((m) => ({ default: m.AuditPage })));
const LoginPage = lazy(() => import('./staff/login-page.tsx').then((m) => ({ default: m.LoginPage })));
const PasswordPage = lazy(() => import('./staff/password-page.tsx').then((m) => ({ default: m.PasswordPage })));
const SessionProvider = lazy(() => import('./staff/session.tsx').then((m) => ({ default: m.SessionProvider })));
const StaffHome = lazy(() => import('./staff/home/staff-home.tsx').then((m) => ({ default: m.StaffHome })));
const SetupPage = lazy(() => import('./staff/setup-page.tsx').then((m) => ({ default: m.SetupPage })));
const OrganisationPage = lazy(() =>
  import('./staff/organisation/organisation-page.tsx').then((m) => ({ default: m.OrganisationPage })),
);
const UsersPage = lazy(() => import('./staff/users-page.tsx').then((m) => ({ default: m.UsersPage })));
const SignalEntryPage = lazy(() =>
  import('./staff/signals/signal-entry-page.tsx').then((m) => ({ default: m.SignalEntryPage })),
);
const SignalsPage = lazy(() => import('./staff/signals/signals-page.tsx').then((m) => ({ default: m.SignalsPage })));
const ReportPage = lazy(() => import('./staff/report/report-page.tsx').then((m) => ({ default: m.ReportPage })));
const ActionsPage = lazy(() => import('./staff/actions/actions-page.tsx').then((m) => ({ default: m.ActionsPage })));
const CodebookPage = lazy(() => import('./staff/coding/codebook-page.tsx').then((m) => ({ default: m.CodebookPage })));
const ApiPage = lazy(() => import('./staff/api/api-page.tsx').then((m) => ({ default: m.ApiPage })));
const ExportsPage = lazy(() => import('./staff/exports/exports-page.tsx').then((m) => ({ default: m.ExportsPage })));
const SurveysPage = lazy(() => import('./staff/surveys/surveys-page.tsx').then((m) => ({ default: m.SurveysPage })));
const WavesPage = lazy(() => import('./staff/surveys/waves-page.tsx').then((m) => ({ default: m.WavesPage })));
const CodingPage = lazy(() => import('./staff/coding/coding-page.tsx').then((m) => ({ default: m.CodingPage })));
const AgreementPage = lazy(() =>
  import('./staff/coding/agreement-page.tsx').then((m) => ({ default: m.AgreementPage })),
);
const ConsensusPage = lazy(() =>
  import('./staff/coding/consensus-page.tsx').then((m) => ({ default: m.ConsensusPage })),
);
const DiscoveryPage = lazy(() =>
  import('./staff/coding/discovery-page.tsx').then((m) => ({ default: m.DiscoveryPage })),
);
const QuestionnairePage = lazy(() => import('./respondent/questionnaire-page.tsx'));
const StoryPage = lazy(() => import('./respondent/story-page.tsx'));
const DeletePage = lazy(() => import('./respondent/delete-page.tsx'));
const ResultsPage = lazy(() => import('./respondent/results-page.tsx'));

/** Respondent pages: no session, no staff code, nothing but their own chunk. */
function RespondentRoutes({ path }: { path: string }) {
  if (path === '/vertel') return <StoryPage />;
  if (path === '/verwijderen') return <DeletePage />;
  const story = matchPath('/s/:code/verhaal', path);
  if (story?.code) return <StoryPage code={story.code} />;
  const schoolResults = matchPath('/resultaten/:organisation/:year/:school', path);
  if (schoolResults)
    return <ResultsPage {...(schoolResults as { organisation: string; year: string; school: string })} />;
  const results = matchPath('/resultaten/:organisation/:year', path);
  if (results) return <ResultsPage {...(results as { organisation: string; year: string })} />;
  const questionnaire = matchPath('/s/:code', path);
  if (questionnaire?.code) return <QuestionnairePage code={questionnaire.code} />;
  return null;
}

function isRespondentPath(path: string): boolean {
  return path === '/vertel' || path === '/verwijderen' || path.startsWith('/s/') || path.startsWith('/resultaten/');
}

function Routes() {
  const path = usePath();
  switch (path.replace(/\/$/, '') || '/') {
    case '/':
      return <HomePage />;
    case '/login':
      return <LoginPage />;
    case '/inrichten':
      return <SetupPage />;
    case '/staff/organisatie':
      return <OrganisationPage />;
    case '/staff':
      return <StaffHome />;
    case '/staff/wachtwoord':
      return <PasswordPage />;
    case '/staff/gebruikers':
      return <UsersPage />;
    case '/staff/analyse':
      return <DashboardPage />;
    case '/staff/logboek':
      return <AuditPage />;
    case '/staff/signalen':
      return <SignalEntryPage />;
    case '/staff/signalen/overzicht':
      return <SignalsPage />;
    case '/staff/export':
      return <ExportsPage />;
    case '/staff/vragenlijsten':
      return <SurveysPage />;
    case '/staff/metingen':
      return <WavesPage />;
    case '/staff/acties':
      return <ActionsPage />;
    case '/staff/coderen':
      return <CodingPage />;
    case '/staff/coderen/overeenstemming':
      return <AgreementPage />;
    case '/staff/coderen/consensus':
      return <ConsensusPage />;
    case '/staff/coderen/ontdekken':
      return <DiscoveryPage />;
    case '/staff/coderen/codeboek':
      return <CodebookPage />;
    case '/staff/api':
      return <ApiPage />;
    default: {
      const report = matchPath('/rapport/:organisation/:year', path);
      if (report) return <ReportPage organisation={report.organisation!} year={report.year!} />;
      return (
        <main className="page">
          <h1>Deze pagina bestaat niet</h1>
          <p>
            <a href="/">Naar de startpagina</a>
          </p>
        </main>
      );
    }
  }
}

function Pages() {
  const path = usePath().replace(/\/$/, '') || '/';
  if (isRespondentPath(path)) return <RespondentRoutes path={path} />;
  return (
    <SessionProvider>
      <Routes />
    </SessionProvider>
  );
}

export function App() {
  return (
    <RouterProvider>
      <Suspense fallback={<p className="page">…</p>}>
        <Pages />
      </Suspense>
    </RouterProvider>
  );
}
