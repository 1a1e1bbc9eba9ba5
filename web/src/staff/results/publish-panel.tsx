import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, readJson } from '../../lib/api.ts';
import { pageTexts } from '../../respondent/i18n/index.ts';
import { formatDate } from '../../lib/format.ts';
import { ResultsView } from '../../respondent/results-view.tsx';
import { hasRole, useSession } from '../session.tsx';

type Status = Awaited<ReturnType<typeof loadStatus>>;

async function loadStatus(organisation: string, year: string) {
  return readJson(api.results[':organisation'][':year'].$get({ param: { organisation, year } }));
}

/**
 * The board's one button for the public results page "jullie zeiden, wij deden": a draft preview,
 * publish (a new frozen, dated version), and unpublish after a confirmation.
 */
export function PublishPanel({ organisation, year }: { organisation: string; year: string }) {
  const { me } = useSession();
  const allowed = hasRole(me, 'board', 'admin');
  const [status, setStatus] = useState<Status | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'notice'; text: string } | null>(null);
  const [preview, setPreview] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const param = { organisation, year };
  const publicHref = `/resultaten/${encodeURIComponent(organisation)}/${encodeURIComponent(year)}`;

  const load = useCallback(async () => {
    try {
      setStatus(await loadStatus(organisation, year));
    } catch (e) {
      setMessage({
        kind: 'error',
        text: e instanceof ApiError ? e.message : 'De resultatenpagina kon niet geladen worden.',
      });
    }
  }, [organisation, year]);
  useEffect(() => {
    if (allowed) void load();
  }, [allowed, load]);
  if (!allowed) return null;

  async function run(action: () => Promise<unknown>, done: string) {
    setBusy(true);
    try {
      await action();
      await load();
      setMessage({ kind: 'notice', text: done });
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof ApiError ? `Niet gelukt: ${e.message}` : 'Niet gelukt.' });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  const live = status?.live ?? null;
  return (
    <section className="card publish-panel" aria-labelledby="publiceren-kop">
      <h2 id="publiceren-kop">Openbare resultatenpagina “Jullie zeiden, wij deden”</h2>
      <p>
        Ouders en jongeren lezen op deze pagina, zonder inloggen, de cijfers van dit rapport (kleine groepen verborgen),
        de goedgekeurde citaten en de acties per thema. Wat u publiceert, blijft zo staan tot u opnieuw publiceert.
      </p>
      {message && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={message.kind === 'notice' ? 'notice' : 'error'}
        >
          {message.text}
        </p>
      )}
      {status === null ? (
        <p>De resultatenpagina wordt geladen…</p>
      ) : (
        <>
          <p data-testid="publish-state">
            {live
              ? `Gepubliceerd: versie ${live.version} van ${formatDate(live.publishedAt)}.`
              : 'Nog niet gepubliceerd: ouders en jongeren zien nog niets.'}{' '}
            {live && <a href={publicHref}>Bekijk de openbare pagina</a>}
          </p>
          <div className="report-actions">
            <button type="button" aria-expanded={preview} onClick={() => setPreview(!preview)}>
              {preview ? 'Voorbeeld sluiten' : 'Voorbeeld bekijken'}
            </button>
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                run(
                  () => api.results[':organisation'][':year'].$post({ param }).then((r) => readJson(r)),
                  'De resultatenpagina is gepubliceerd.',
                )
              }
            >
              {live ? 'Opnieuw publiceren' : 'Publiceren'}
            </button>
            {live && !confirming && (
              <button type="button" disabled={busy} onClick={() => setConfirming(true)}>
                Publicatie intrekken
              </button>
            )}
          </div>
          {confirming && (
            <div role="alertdialog" aria-labelledby="intrekken-vraag" className="confirm">
              <p id="intrekken-vraag">
                Weet u het zeker? De openbare pagina van {year} verdwijnt; wie de link opent, ziet dan “Nog geen
                resultaten”.
              </p>
              <button
                type="button"
                disabled={busy}
                onClick={() =>
                  run(
                    () => api.results[':organisation'][':year'].$delete({ param }).then((r) => readJson(r)),
                    'De publicatie is ingetrokken.',
                  )
                }
              >
                Ja, intrekken
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>
                Nee, laten staan
              </button>
            </div>
          )}
          {status.publications.length > 0 && (
            <details>
              <summary>Eerdere versies ({status.publications.length})</summary>
              <ul>
                {status.publications.map((p) => (
                  <li key={p.version}>
                    Versie {p.version}: {formatDate(p.publishedAt)}
                    {p.publishedBy ? `, door ${p.publishedBy}` : ''}
                    {p.unpublishedAt ? ` (ingetrokken op ${formatDate(p.unpublishedAt)})` : ''}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {preview && (
            <div className="results-preview" data-testid="results-preview">
              <p className="hint">Voorbeeld (concept): zo ziet de pagina eruit als u nu publiceert.</p>
              <ResultsView results={status.draft} school={null} t={pageTexts.nl} locale="nl" publishedAt={null} />
            </div>
          )}
        </>
      )}
    </section>
  );
}
