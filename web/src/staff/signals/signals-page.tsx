import { sectorName } from '../../lib/labels.ts';
import { useEffect, useState } from 'react';
import { type Api, api, ApiError, readJson, type ResultOf } from '../../lib/api.ts';
import { Link } from '../../lib/router.tsx';
import { hasRole, useSession } from '../session.tsx';
import { StaffLayout } from '../staff-layout.tsx';
import { askerLabels, channelLabels, formatDutchDate, outcomeLabels } from './signal-labels.ts';
import { useStaffOptions } from './use-staff-options.ts';

type Counts = ResultOf<Api['signals']['counts']['$get']>;
type SignalList = ResultOf<Api['signals']['$get']>;

const readRoles = ['steunpunt', 'researcher', 'board', 'admin'];
const thisYear = Number(
  new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date()),
);

/** Signals of one year: theme mentions per quarter, channels and outcomes, and the registrations themselves. */
export function SignalsPage() {
  const { me } = useSession();
  const { organisations, themes } = useStaffOptions(readRoles);
  const [organisation, setOrganisation] = useState('');
  const [year, setYear] = useState(thisYear);
  const [page, setPage] = useState(1);
  const [counts, setCounts] = useState<Counts | null>(null);
  const [list, setList] = useState<SignalList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const slug = organisation || organisations[0]?.slug || '';

  useEffect(() => {
    if (!slug) return;
    const query = {
      organisation: slug,
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      page: String(page),
      pageSize: '50',
    };
    Promise.all([
      api.signals.counts.$get({ query: { organisation: slug, year: String(year) } }).then((r) => readJson(r)),
      api.signals.$get({ query }).then((r) => readJson(r)),
    ])
      .then(([c, l]) => {
        setCounts(c);
        setList(l);
        setError(null);
      })
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : 'Laden lukte niet.'));
  }, [slug, year, page]);

  const label = (code: string) => themes?.find((t) => t.code === code)?.label ?? code;
  const pages = list ? Math.max(1, Math.ceil(list.total / list.pageSize)) : 1;
  return (
    <StaffLayout title="Signalen van het steunpunt">
      {hasRole(me, 'steunpunt') && (
        <p>
          <Link to="/staff/signalen">Nieuw signaal registreren</Link>
        </p>
      )}
      <div className="filters">
        {organisations.length > 1 && (
          <label>
            Organisatie{' '}
            <select value={slug} onChange={(e) => (setOrganisation(e.target.value), setPage(1))}>
              {organisations.map((o) => (
                <option key={o.slug} value={o.slug}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          Jaar{' '}
          <select value={year} onChange={(e) => (setYear(Number(e.target.value)), setPage(1))}>
            {[0, 1, 2, 3].map((back) => (
              <option key={back} value={thisYear - back}>
                {thisYear - back}
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
      {counts && (
        <>
          <table>
            <caption>
              Thema&apos;s per kwartaal in {year} ({counts.total} signalen; een signaal met twee thema&apos;s telt bij
              allebei)
            </caption>
            <thead>
              <tr>
                <th scope="col">Thema</th>
                {[1, 2, 3, 4].map((q) => (
                  <th scope="col" key={q} className="number">
                    K{q}
                  </th>
                ))}
                <th scope="col" className="number">
                  Totaal
                </th>
              </tr>
            </thead>
            <tbody>
              {counts.byTheme.map((t) => (
                <tr key={t.theme}>
                  <th scope="row">{t.label ?? t.theme}</th>
                  {t.quarters.map((n, q) => (
                    <td key={q} className="number">
                      {n}
                    </td>
                  ))}
                  <td className="number">{t.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="margins">
            <Margin caption="Per kanaal" labels={channelLabels} counts={counts.byChannel} />
            <Margin caption="Per uitkomst" labels={outcomeLabels} counts={counts.byOutcome} />
          </div>
        </>
      )}
      {list && (
        <table>
          <caption>
            Geregistreerde signalen in {year}, nieuwste eerst (pagina {list.page} van {pages})
          </caption>
          <thead>
            <tr>
              <th scope="col">Datum</th>
              <th scope="col">Kanaal</th>
              <th scope="col">Wie</th>
              <th scope="col">School of sector</th>
              <th scope="col">Thema&apos;s</th>
              <th scope="col">Uitkomst</th>
              <th scope="col">Notitie</th>
            </tr>
          </thead>
          <tbody>
            {list.signals.map((s) => (
              <tr key={s.id}>
                <td>{formatDutchDate(s.signalledOn)}</td>
                <td>{channelLabels[s.channel]}</td>
                <td>{askerLabels[s.askerRole]}</td>
                <td>{s.school?.name ?? (s.sector ? sectorName(s.sector) : '—')}</td>
                <td>{s.themes.map(label).join(', ')}</td>
                <td>{outcomeLabels[s.outcome]}</td>
                <td>{s.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list && pages > 1 && (
        <nav aria-label="Pagina's" className="pager">
          <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            Vorige
          </button>
          <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>
            Volgende
          </button>
        </nav>
      )}
    </StaffLayout>
  );
}

function Margin<T extends string>({
  caption,
  labels,
  counts,
}: {
  caption: string;
  labels: Record<T, string>;
  counts: Record<T, number>;
}) {
  return (
    <table>
      <caption>{caption}</caption>
      <tbody>
        {(Object.entries(labels) as [T, string][]).map(([code, text]) => (
          <tr key={code}>
            <th scope="row">{text}</th>
            <td className="number">{counts[code]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
