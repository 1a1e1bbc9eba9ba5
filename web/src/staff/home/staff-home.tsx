import { useEffect, useState } from 'react';
import { type Api, api, readJson, type ResultOf } from '../../lib/api.ts';
import { formatDate } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { askerLabels, channelLabels, outcomeLabels } from '../signals/signal-labels.ts';
import { StaffLayout } from '../staff-layout.tsx';
import { roleLabels, useSession } from '../session.tsx';

// Mid-sentence a label loses its capital, an abbreviation (SWV) keeps its own.
const lowerFirst = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

type Home = ResultOf<Api['home']['$get']>;

const count = (n: number, one: string, more: string) => `${n.toLocaleString('nl-NL')} ${n === 1 ? one : more}`;

/** /staff: per role what matters first, each with a link to where the work is done. */
export function StaffHome() {
  const { me } = useSession();
  const [home, setHome] = useState<Home | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!me) return;
    api.home
      .$get()
      .then((res) => readJson(res))
      .then(setHome)
      .catch(() => setFailed(true));
  }, [me]);
  return (
    <StaffLayout title={me ? `Welkom, ${me.name}` : 'Welkom'}>
      <p className="muted">
        {me?.memberships
          .map((m) => `${roleLabels[m.role] ?? m.role} bij ${m.school ? m.school.name : m.organisation.name}`)
          .join(' · ')}
      </p>
      {failed && (
        <p role="alert" className="error">
          Het overzicht kon niet worden geladen. Laad de pagina opnieuw; lukt het dan nog niet, probeer het later.
        </p>
      )}
      {!home && !failed && <p role="status">Het overzicht wordt geladen…</p>}
      {home && (
        <div className="home-grid">
          {home.waves && <WavesCard waves={home.waves} />}
          {home.coding && <CodingCard coding={home.coding} />}
          {home.actions && <ActionsCard actions={home.actions} today={home.today} />}
          {home.signals && (
            <SignalsCard signals={home.signals} canRegister={!!me?.memberships.some((m) => m.role === 'steunpunt')} />
          )}
          {home.report && <ReportCard report={home.report} />}
          {home.schools.length > 0 && <SchoolsCard schools={home.schools} />}
        </div>
      )}
    </StaffLayout>
  );
}

function WavesCard({ waves }: { waves: NonNullable<Home['waves']> }) {
  return (
    <section className="card home-card" aria-labelledby="home-waves">
      <h2 id="home-waves">Metingen die nu lopen</h2>
      {waves.open.length === 0 ? (
        <p>
          Er loopt nu geen meting. <Link to="/staff/metingen">Start een meting</Link> zodra de vragenlijst klaar is.
        </p>
      ) : (
        waves.open.map((wave) => {
          const behind = wave.schools.filter((s) => s.complete < waves.minimum);
          return (
            <div key={wave.id} className="home-wave">
              <h3>{wave.name}</h3>
              <p>
                {count(wave.complete, 'ingevulde vragenlijst', 'ingevulde vragenlijsten')} tot vandaag · sluit op{' '}
                {formatDate(wave.closesOn)}
              </p>
              {behind.length === 0 ? (
                <p>Alle scholen hebben genoeg reacties ({waves.minimum} of meer) om cijfers te tonen.</p>
              ) : (
                <>
                  <p>
                    {count(behind.length, 'school heeft', 'scholen hebben')} nog te weinig reacties voor cijfers
                    (minstens {waves.minimum}):
                  </p>
                  <ul>
                    {behind.slice(0, 5).map((s) => (
                      <li key={s.id}>
                        {s.name}: {s.complete.toLocaleString('nl-NL')} ingevuld, nog {waves.minimum - s.complete} nodig
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          );
        })
      )}
      <p>
        <Link to="/staff/metingen">Alle metingen en de respons per school</Link>
      </p>
    </section>
  );
}

function CodingCard({ coding }: { coding: NonNullable<Home['coding']> }) {
  return (
    <section className="card home-card" aria-labelledby="home-coding">
      <h2 id="home-coding">Verhalen coderen</h2>
      {coding.toCode === 0 && coding.needingConsensus === 0 ? (
        <p>Alle verhalen zijn gecodeerd. Nieuwe verhalen verschijnen hier vanzelf.</p>
      ) : (
        <ul>
          {coding.toCode > 0 && (
            <li>
              <Link to="/staff/coderen">
                {count(coding.toCode, 'verhaal wacht', 'verhalen wachten')} op jouw codering
              </Link>
            </li>
          )}
          {coding.needingConsensus > 0 && (
            <li>
              <Link to="/staff/coderen/consensus">
                {count(coding.needingConsensus, 'verhaal wacht', 'verhalen wachten')} op een besluit van de twee codeurs
              </Link>
            </li>
          )}
        </ul>
      )}
      <p>
        <Link to="/staff/coderen/overeenstemming">Hoe goed de codeurs overeenstemmen</Link>
      </p>
    </section>
  );
}

const statusLabels: Record<string, string> = { gepland: 'gepland', bezig: 'bezig', klaar: 'klaar', gestopt: 'gestopt' };

function ActionsCard({ actions, today }: { actions: NonNullable<Home['actions']>; today: string }) {
  return (
    <section className="card home-card" aria-labelledby="home-actions">
      <h2 id="home-actions">Acties die open staan</h2>
      {actions.open === 0 ? (
        <p>
          Er staan geen acties open. <Link to="/staff/acties">Leg een actie vast</Link>: wat jullie doen met wat ouders
          en jongeren zeiden.
        </p>
      ) : (
        <>
          <p>
            {count(actions.open, 'actie staat', 'acties staan')} open
            {actions.overdue > 0 && <strong>, waarvan {actions.overdue} over de einddatum</strong>}.
          </p>
          <ul>
            {actions.due.map((a) => (
              <li key={a.id}>
                {a.title} ({statusLabels[a.status] ?? a.status}
                {a.dueOn && `, ${a.dueOn < today ? 'had klaar moeten zijn op' : 'klaar op'} ${formatDate(a.dueOn)}`})
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to="/staff/acties">Alle acties</Link>
      </p>
    </section>
  );
}

function SignalsCard({ signals, canRegister }: { signals: NonNullable<Home['signals']>; canRegister: boolean }) {
  return (
    <section className="card home-card" aria-labelledby="home-signals">
      <h2 id="home-signals">Recente signalen</h2>
      {signals.recent.length === 0 ? (
        <p>Nog geen signalen. Een vraag van een ouder of jongere registreer je bij Signaal registreren.</p>
      ) : (
        <ul>
          {signals.recent.map((s) => (
            <li key={s.id}>
              {formatDate(s.signalledOn)}: {askerLabels[s.askerRole]} via {lowerFirst(channelLabels[s.channel])}
              {s.school ? `, ${s.school}` : ''} — {lowerFirst(outcomeLabels[s.outcome])}
            </li>
          ))}
        </ul>
      )}
      <p>
        {canRegister && (
          <>
            <Link to="/staff/signalen">Signaal registreren</Link> ·{' '}
          </>
        )}
        <Link to="/staff/signalen/overzicht">Alle {signals.total.toLocaleString('nl-NL')} signalen</Link>
      </p>
    </section>
  );
}

function ReportCard({ report }: { report: NonNullable<Home['report']> }) {
  return (
    <section className="card home-card" aria-labelledby="home-report">
      <h2 id="home-report">Jaarrapport</h2>
      <p>
        <Link to={`/rapport/${report.organisation}/${report.year}`}>
          Jaarrapport {report.year} van {report.organisationName}
        </Link>
      </p>
      <p>
        <Link to={`/rapport/${report.organisation}/${report.year - 1}`}>Jaarrapport {report.year - 1}</Link>
      </p>
    </section>
  );
}

function SchoolsCard({ schools }: { schools: Home['schools'] }) {
  return (
    <section className="card home-card" aria-labelledby="home-schools">
      <h2 id="home-schools">{schools.length === 1 ? 'Jouw school' : 'Jouw scholen'}</h2>
      <ul>
        {schools.map((s) => (
          <li key={s.id}>{s.name}</li>
        ))}
      </ul>
      <p>
        <Link to="/staff/analyse">Bekijk de cijfers van je school</Link> naast het gemiddelde. Cijfers verschijnen als
        genoeg ouders of jongeren hebben gereageerd.
      </p>
    </section>
  );
}
