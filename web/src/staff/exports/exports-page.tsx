import { type FormEvent, useEffect, useState } from 'react';
import { type Api, api, ApiError, readJson, type ResultOf } from '../../lib/api.ts';
import { formatDateTime, formatNumber, formatPercent } from '../../lib/format.ts';
import { hasRole, useSession } from '../session.tsx';
import { StaffLayout } from '../staff-layout.tsx';
import { type Estimate, ExportEstimate } from './export-estimate.tsx';
import { StoryDoubtsSection } from '../redaction/story-doubts-section.tsx';
import { OrganisationPicker, useOrganisationChoice } from '../surveys/organisation-picker.tsx';

type Options = ResultOf<Api['exports']['options']['$get']>;
type ExportStatus = ResultOf<Api['exports'][':id']['$get']>;
type ExportState = ExportStatus['status'];
type ExportSummary = ResultOf<Api['exports']['$get']>['exports'][number];

const stateLabels: Record<ExportState, string> = {
  queued: 'in de wachtrij',
  running: 'bezig',
  done: 'klaar',
  failed: 'mislukt',
  expired: 'verlopen (bestand verwijderd)',
};

// The files of an export in words, with the file name a researcher finds in the ZIP.
const fileLabels: Record<string, string> = {
  responses: 'antwoordenlijsten (responses.csv)',
  stories: 'verhalen (stories.csv)',
  codings: 'coderingen (codings.csv)',
};
const rowCountsText = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([file, n]) => `${fileLabels[file] ?? file}: ${formatNumber(n ?? 0)} ${n === 1 ? 'rij' : 'rijen'}`)
    .join(' · ');

/** Researchers export an anonymised data set: choose scope and k, follow the job, read what was hidden, download. */
export function ExportsPage() {
  const { me } = useSession();
  // Only researchers export: anyone else gets a sentence, not a page that waits for an answer it never gets.
  if (me && !hasRole(me, 'researcher'))
    return (
      <StaffLayout title="Dataset exporteren">
        <p className="notice">
          Een dataset exporteren kan alleen met de rol Onderzoeker. Vraag de beheerder van je organisatie om die rol als
          je een export nodig hebt.
        </p>
      </StaffLayout>
    );
  return <ResearcherExports />;
}

function ResearcherExports() {
  const { organisations, organisation, setOrganisation } = useOrganisationChoice();
  const [options, setOptions] = useState<Options | null>(null);
  const [job, setJob] = useState<ExportStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [history, setHistory] = useState<ExportSummary[] | null | 'failed'>(null);
  const [optionsFailed, setOptionsFailed] = useState(false);
  const [chosenWaves, setChosenWaves] = useState<number[]>([]);
  const [quasi, setQuasi] = useState<string[]>([]);
  const [k, setK] = useState(5);
  const [estimate, setEstimate] = useState<Estimate | null | 'failed'>(null);
  const finishedJob = job && (job.status === 'done' || job.status === 'failed') ? job.id : null;

  // Earlier exports of the organisation, again whenever a job ends.
  useEffect(() => {
    if (!organisation) return;
    api.exports
      .$get({ query: { organisation } })
      .then((r) => readJson(r))
      .then((body) => setHistory(body.exports))
      .catch(() => setHistory('failed'));
  }, [organisation, finishedJob]);

  useEffect(() => {
    if (!organisation) return;
    setOptions(null);
    setOptionsFailed(false);
    api.exports.options
      .$get({ query: { organisation } })
      .then((r) => readJson(r))
      .then((loaded) => {
        setOptions(loaded);
        setChosenWaves(loaded.waves.map((w) => w.id));
        setQuasi(loaded.quasiIdentifiers.defaults);
        setK(loaded.k);
      })
      .catch((e: unknown) => {
        setOptionsFailed(true);
        setError(e instanceof ApiError ? e.message : 'De keuzes voor een export laden lukte niet.');
      });
  }, [organisation]);

  // The estimate follows every change of waves, characteristics and k, a moment after the last one.
  useEffect(() => {
    if (!options || chosenWaves.length === 0 || quasi.length === 0 || !(k >= 2 && k <= 100)) {
      setEstimate(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      readJson(api.exports.estimate.$post({ json: { organisation, waves: chosenWaves, k, quasiIdentifiers: quasi } }))
        .then((body) => current && setEstimate(body))
        .catch(() => current && setEstimate('failed'));
    }, 400);
    setEstimate(null);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [options, organisation, chosenWaves, quasi, k]);

  const labelOf = (q: string) => options?.quasiIdentifiers.labels[q] ?? q;
  const toggle = <T,>(list: T[], value: T, on: boolean) =>
    on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);

  // Follow a running job once a second until it is done or failed.
  useEffect(() => {
    if (!job || job.status === 'done' || job.status === 'failed' || job.status === 'expired') return;
    const timer = setTimeout(() => {
      api.exports[':id']
        .$get({ param: { id: String(job.id) } })
        .then((r) => readJson(r))
        .then(setJob)
        .catch((e: unknown) => setError(e instanceof ApiError ? e.message : 'De status ophalen lukte niet.'));
    }, 1000);
    return () => clearTimeout(timer);
  }, [job]);

  async function start(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const waves = chosenWaves;
    const quasiIdentifiers = quasi;
    if (waves.length === 0) return setError('Kies minstens één meting.');
    if (quasiIdentifiers.length === 0)
      return setError('Kies minstens één kenmerk: zonder kenmerken is niets k-anoniem.');
    setError(null);
    try {
      const { id } = await readJson(
        api.exports.$post({
          json: {
            organisation,
            waves,
            k,
            quasiIdentifiers,
            includeStories: form.get('stories') === 'on',
            refiQda: form.get('refiQda') === 'on',
          },
        }),
      );
      setJob({ id, status: 'queued', progress: 0, rowCounts: null, disclosure: null, error: null });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Starten lukte niet.');
    }
  }

  return (
    <StaffLayout title="Dataset exporteren">
      <p>
        Een export is k-anoniem: elke combinatie van de gekozen kenmerken komt minstens k keer voor. Namen en
        contactgegevens in verhalen worden weggehaald, en codes verschillen per export. Elke export komt in het logboek.
      </p>
      {organisations && (
        <OrganisationPicker organisations={organisations} value={organisation} onChange={setOrganisation} />
      )}
      <div aria-live="polite">{error && <p className="error">{error}</p>}</div>
      {!options ? (
        optionsFailed ? null : organisations?.length === 0 ? (
          <p>Je hoort bij geen organisatie, dus er is niets te exporteren.</p>
        ) : (
          <p>Bezig met laden…</p>
        )
      ) : options.waves.length === 0 ? (
        <p>Deze organisatie heeft nog geen metingen om te exporteren.</p>
      ) : (
        <form className="card form" onSubmit={(e) => void start(e)}>
          <fieldset>
            <legend>Metingen</legend>
            {options.waves.map((w) => (
              <label key={w.id} className="check">
                <input
                  type="checkbox"
                  name="waves"
                  value={w.id}
                  checked={chosenWaves.includes(w.id)}
                  onChange={(e) => setChosenWaves(toggle(chosenWaves, w.id, e.target.checked))}
                />{' '}
                {w.name}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Kenmerken die samen iemand kunnen aanwijzen (quasi-identificatoren)</legend>
            <p className="hint">Achtergrondvragen die u hier niet kiest, komen niet in de export.</p>
            {options.quasiIdentifiers.available.map((q) => (
              <label key={q} className="check">
                <input
                  type="checkbox"
                  name="quasi"
                  value={q}
                  checked={quasi.includes(q)}
                  onChange={(e) => setQuasi(toggle(quasi, q, e.target.checked))}
                />{' '}
                {labelOf(q)}
              </label>
            ))}
          </fieldset>
          <label htmlFor="export-k">k (2–100): kleinste groep die zichtbaar mag zijn</label>
          <input
            id="export-k"
            name="k"
            type="number"
            min={2}
            max={100}
            value={k}
            onChange={(e) => setK(Number(e.target.value))}
            required
          />
          <ExportEstimate
            estimate={estimate}
            chosen={quasi}
            labelOf={labelOf}
            onUseProposal={(proposal) => setQuasi(proposal)}
          />
          <label className="check">
            <input type="checkbox" name="stories" /> Verhalen meenemen (alleen met toestemming voor onderzoek, zonder
            namen)
          </label>
          <label className="check">
            <input type="checkbox" name="refiQda" /> Ook voor ATLAS.ti, MAXQDA, NVivo en QualCoder (REFI-QDA:
            codebook.qdc, met verhalen ook project.qdpx)
          </label>
          <button type="submit" disabled={job !== null && (job.status === 'queued' || job.status === 'running')}>
            Export starten
          </button>
        </form>
      )}

      {job && (
        <section aria-labelledby="job-title" className="card">
          <h2 id="job-title">Export {job.id}</h2>
          <label htmlFor="export-progress">Voortgang</label>
          <progress id="export-progress" max={1} value={job.progress}>
            {formatPercent(job.progress)}
          </progress>
          <p aria-live="polite">
            {job.status === 'queued' && 'In de wachtrij…'}
            {job.status === 'running' && `Bezig: ${formatPercent(job.progress)}`}
            {job.status === 'failed' && `Mislukt: ${job.error ?? 'onbekende fout'}`}
            {job.status === 'done' && 'Klaar.'}
          </p>
          {job.status === 'done' && (
            <>
              {job.disclosure && <p>{job.disclosure.summary}</p>}
              {job.rowCounts && <p>{rowCountsText(job.rowCounts)}</p>}
              <a className="button-link" href={`/api/exports/${job.id}/download`} download>
                ZIP downloaden
              </a>
            </>
          )}
        </section>
      )}

      {organisation && <StoryDoubtsSection organisation={organisation} />}

      {organisation && (
        <section aria-labelledby="history-title" className="card">
          <h2 id="history-title">Eerdere exports</h2>
          {history === 'failed' ? (
            <p className="error">De eerdere exports laden lukte niet.</p>
          ) : history === null ? (
            <p>Bezig met laden…</p>
          ) : history.length === 0 ? (
            <p>Nog geen exports voor deze organisatie.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">Nr.</th>
                  <th scope="col">Gemaakt</th>
                  <th scope="col">Door</th>
                  <th scope="col">Inhoud</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {history.map((e) => (
                  <tr key={e.id}>
                    <td>{e.id}</td>
                    <td>{formatDateTime(e.createdAt)}</td>
                    <td>{e.requestedBy ?? 'onbekend'}</td>
                    <td>
                      {e.waves === 1 ? '1 meting' : `${e.waves} metingen`}, k = {e.k}
                      {e.includeStories ? ', met verhalen' : ''}
                      {e.quasiIdentifiers.length
                        ? `; kenmerken: ${e.quasiIdentifiers.map((q) => labelOf(q)).join(', ')}`
                        : ''}
                      {e.rowCounts ? ` · ${rowCountsText(e.rowCounts)}` : ''}
                    </td>
                    <td>
                      {e.status === 'done' ? (
                        <a href={`/api/exports/${e.id}/download`} download>
                          ZIP downloaden<span className="visually-hidden"> (export {e.id})</span>
                        </a>
                      ) : (
                        <>
                          {stateLabels[e.status]}
                          {e.error ? `: ${e.error}` : ''}
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </StaffLayout>
  );
}
