import { useEffect, useState } from 'react';
import { api, ApiError, readJson } from '../../lib/api.ts';
import { Link } from '../../lib/router.tsx';
import { PublishPanel } from '../results/publish-panel.tsx';
import { StaffLayout } from '../staff-layout.tsx';

type Loaded = { kind: 'report'; style: string; body: string } | { kind: 'error'; message: string } | null;

// One rendering: the page shows the server-rendered report (the same markup the PDF is printed from, its
// text escaped by the server), so the web page, the download and the CLI can never disagree.
async function loadReport(organisation: string, year: string): Promise<Loaded> {
  try {
    const report = await readJson(
      await api.reports[':organisation'][':year'].fragment.$get({ param: { organisation, year } }),
    );
    return { kind: 'report', ...report };
  } catch (error) {
    const why =
      error instanceof ApiError && error.status === 403
        ? 'Je hebt geen toegang tot het rapport van deze organisatie.'
        : error instanceof ApiError
          ? error.message
          : 'Het rapport kon niet geladen worden.';
    return { kind: 'error', message: why };
  }
}

/** The annual parent-voice report of an organisation and year, with print and PDF download. */
export function ReportPage({ organisation, year }: { organisation: string; year: string }) {
  const [loaded, setLoaded] = useState<Loaded>(null);
  useEffect(() => {
    setLoaded(null);
    loadReport(organisation, year).then(setLoaded, () =>
      setLoaded({ kind: 'error', message: 'Het rapport kon niet geladen worden.' }),
    );
  }, [organisation, year]);
  const pdf = `/api/reports/${encodeURIComponent(organisation)}/${encodeURIComponent(year)}/pdf`;
  return (
    <StaffLayout title={`Jaarrapport ${year}`}>
      <div className="report-actions">
        <button type="button" onClick={() => window.print()}>
          Afdrukken
        </button>
        <a href={pdf} download>
          Download als pdf
        </a>
        <Link to={`/rapport/${encodeURIComponent(organisation)}/${Number(year) - 1}`}>
          Rapport van {Number(year) - 1}
        </Link>
      </div>
      {/* No report (an unknown organisation, no access): nothing to publish, and one message, not two. */}
      {loaded?.kind !== 'error' && <PublishPanel organisation={organisation} year={year} />}
      {loaded === null && <p>Het rapport wordt gemaakt…</p>}
      {loaded?.kind === 'error' && <p role="alert">{loaded.message}</p>}
      {loaded?.kind === 'report' && (
        <>
          <style>{loaded.style}</style>
          <div className="report-frame" dangerouslySetInnerHTML={{ __html: loaded.body }} />
        </>
      )}
    </StaffLayout>
  );
}
