import { useEffect, useState } from 'react';
import { apiErrorOf, type ErrorBody } from '../../lib/api.ts';
import { Link } from '../../lib/router.tsx';
import { PublishPanel } from '../results/publish-panel.tsx';
import { StaffLayout } from '../staff-layout.tsx';

type Loaded = { kind: 'report'; style: string; body: string } | { kind: 'error'; message: string } | null;

// One rendering: the page shows the server-rendered report document (the same HTML the PDF is printed
// from), so the web page, the download and the CLI can never disagree.
async function loadReport(organisation: string, year: string): Promise<Loaded> {
  const url = `/api/reports/${encodeURIComponent(organisation)}/${encodeURIComponent(year)}`;
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) {
    const why =
      res.status === 403
        ? 'Je hebt geen toegang tot het rapport van deze organisatie.'
        : apiErrorOf(res.status, (await res.json().catch(() => null)) as ErrorBody).message;
    return { kind: 'error', message: why };
  }
  const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
  return {
    kind: 'report',
    style: doc.querySelector('style')?.textContent ?? '',
    body: doc.querySelector('main')?.innerHTML ?? '',
  };
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
      <PublishPanel organisation={organisation} year={year} />
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
