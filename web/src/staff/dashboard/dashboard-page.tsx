import { useEffect, useState } from 'react';
import { type Api, api, ApiError, readJson, type ResultOf } from '../../lib/api.ts';
import { hasRole, useSession } from '../session.tsx';
import { StaffLayout } from '../staff-layout.tsx';
import { OwnSchoolScreen } from './own-school-screen.tsx';
import { PriorityScreen } from './priority-screen.tsx';
import { QuestionScreen } from './question-screen.tsx';
import { ReferenceScreen } from './reference-screen.tsx';
import { SchoolScreen } from './school-screen.tsx';
import { ThemeScreen } from './theme-screen.tsx';

type Wave = ResultOf<Api['analysis']['waves']['$get']>['waves'][number];
type Organisation = ResultOf<Api['organisations']['$get']>['organisations'][number];
type Tab = 'eigen' | 'scholen' | 'vragen' | 'themas' | 'prioriteiten' | 'vergelijking';

/** The analysis dashboard for researchers, boards and school contacts: filters, then one of three views. */
export function DashboardPage() {
  const { me } = useSession();
  // A school contact only ever sees its own school (the API enforces it); it starts on that screen.
  const schoolContact = hasRole(me, 'school') && !hasRole(me, 'researcher', 'board', 'admin');
  const [organisations, setOrganisations] = useState<Organisation[]>([]);
  const [organisation, setOrganisation] = useState('');
  const [waves, setWaves] = useState<Wave[]>([]);
  const [wave, setWave] = useState<number | null>(null);
  const [tab, setTab] = useState<Tab>(schoolContact ? 'eigen' : 'scholen');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.organisations
      .$get()
      .then((r) => readJson(r))
      .then((r) => {
        setOrganisations(r.organisations);
        // The SWV first: its average is what a school or board compares itself with.
        setOrganisation((r.organisations.find((o) => o.kind === 'swv') ?? r.organisations[0])?.slug ?? '');
      })
      .catch(() => setError('De organisaties laden lukte niet.'));
  }, []);
  useEffect(() => {
    if (!organisation) return;
    api.analysis.waves
      .$get({ query: { organisation } })
      .then((r) => readJson(r))
      .then((r) => {
        setWaves(r.waves);
        setWave(r.waves[0]?.id ?? null);
      })
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : 'De metingen laden lukte niet.'));
  }, [organisation]);
  const current = waves.find((w) => w.id === wave);

  return (
    <StaffLayout title="Analyse">
      <div className="filters">
        <label className="field">
          Organisatie
          <select value={organisation} onChange={(e) => setOrganisation(e.target.value)}>
            {organisations.map((o) => (
              <option key={o.slug} value={o.slug}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Meting
          <select value={wave ?? ''} onChange={(e) => setWave(Number(e.target.value))}>
            {waves.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="tabs" role="group" aria-label="Weergave">
        {(
          [
            ...(schoolContact ? [['eigen', 'Mijn school'] as const] : []),
            ['scholen', 'Scholen'],
            ['vragen', 'Vragen'],
            ['themas', 'Thema’s'],
            ['prioriteiten', 'Rapportcijfer en prioriteiten'],
            ['vergelijking', 'Vergelijking'],
          ] as const
        ).map(([value, label]) => (
          <button key={value} type="button" aria-pressed={tab === value} onClick={() => setTab(value)}>
            {label}
          </button>
        ))}
      </div>
      <p className="note">Groepen met minder dan 10 reacties tonen we niet: daar staat “te weinig reacties”.</p>
      {current && organisation && tab === 'eigen' && <OwnSchoolScreen organisation={organisation} wave={current.id} />}
      {current && organisation && tab === 'scholen' && <SchoolScreen organisation={organisation} wave={current.id} />}
      {current && organisation && tab === 'vragen' && (
        <QuestionScreen key={current.id} organisation={organisation} wave={current.id} questions={current.questions} />
      )}
      {current && organisation && tab === 'themas' && <ThemeScreen organisation={organisation} wave={current.id} />}
      {current && organisation && tab === 'prioriteiten' && (
        <PriorityScreen organisation={organisation} wave={current.id} />
      )}
      {current && organisation && tab === 'vergelijking' && (
        <ReferenceScreen organisation={organisation} wave={current.id} />
      )}
    </StaffLayout>
  );
}
