import { type ChangeEvent, useCallback, useEffect, useState } from 'react';
import { formatDate } from '../../lib/format.ts';
import { type Api, api, ApiError, readJson, type ResultOf } from '../../lib/api.ts';
import { useConfirm } from '../confirm-dialog.tsx';
import { StaffLayout } from '../staff-layout.tsx';
import { CodingNav } from './coding-nav.tsx';
import { useCodingOrganisations } from './use-coding-organisation.ts';

type Version = ResultOf<Api['codebooks']['$get']>['codebooks'][number];
type Comparison = ResultOf<Api['codebooks'][':id']['diff']['$get']>;
type Theme = Comparison['diff']['added'][number];

const message = (e: unknown, fallback: string) => (e instanceof ApiError ? e.message : fallback);

function DiffView({ comparison }: { comparison: Comparison }) {
  const { diff } = comparison;
  const rows = [
    ...diff.added.map((t) => ({ code: t.code, what: 'nieuw', before: null, after: t })),
    ...diff.changed.map((c) => ({ code: c.code, what: 'gewijzigd', before: c.before, after: c.after })),
    ...diff.removed.map((t) => ({ code: t.code, what: 'vervalt', before: t, after: null })),
  ];
  return (
    <section aria-labelledby="diff-title">
      <h2 id="diff-title">
        Versie {comparison.codebook.version} tegenover het actieve codeboek ({comparison.active})
      </h2>
      <p>
        {diff.added.length} nieuw, {diff.changed.length} gewijzigd, {diff.removed.length} vervalt,{' '}
        {diff.unchanged.length} ongewijzigd.
      </p>
      {rows.length > 0 && (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Verandering</th>
                <th scope="col">Nu</th>
                <th scope="col">In deze versie</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.what}-${row.code}`}>
                  <th scope="row">{row.code}</th>
                  <td>{row.what}</td>
                  <td>{row.before ? <ThemeCell theme={row.before} /> : '—'}</td>
                  <td>{row.after ? <ThemeCell theme={row.after} /> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ThemeCell({ theme }: { theme: Theme }) {
  return (
    <>
      <strong>{theme.label}</strong>
      {theme.description && <div className="muted">{theme.description}</div>}
    </>
  );
}

/**
 * Codebook versions: a .qdc from ATLAS.ti, MAXQDA, NVivo or QualCoder becomes a draft, shown against the
 * active codebook; the researcher activates it or throws it away.
 */
export function CodebookPage() {
  const organisation = useCodingOrganisations()[0]?.slug ?? '';
  const [versions, setVersions] = useState<Version[] | null>(null);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirm, confirmDialog] = useConfirm();

  const reload = useCallback(() => {
    if (!organisation) return;
    api.codebooks
      .$get({ query: { organisation } })
      .then((r) => readJson(r))
      .then((body) => setVersions(body.codebooks))
      .catch((e: unknown) => setError(message(e, 'De versies laden lukte niet.')));
  }, [organisation]);
  useEffect(reload, [reload]);

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(null);
    setNotice(null);
    try {
      const qdc = await file.text();
      const res = await api.codebooks.import.$post({ json: { organisation, qdc } });
      setComparison(await readJson(res));
      setNotice(`${file.name} is ingelezen als conceptversie. Er is nog niets veranderd voor coders en respondenten.`);
      reload();
    } catch (e) {
      setError(message(e, 'Inlezen lukte niet.'));
    }
  }

  async function compare(id: number) {
    setError(null);
    try {
      const res = await api.codebooks[':id'].diff.$get({ param: { id: String(id) }, query: { organisation } });
      setComparison(await readJson(res));
    } catch (e) {
      setError(message(e, 'Vergelijken lukte niet.'));
    }
  }

  async function activate(version: Version) {
    const ok = await confirm({
      title: `Versie ${version.version} activeren?`,
      body: `Versie ${version.version} wordt het actieve codeboek voor coderen, verhalen en rapport.`,
      confirmLabel: 'Activeren',
    });
    if (!ok) return;
    try {
      const res = await api.codebooks[':id'].activate.$post({
        param: { id: String(version.id) },
        json: { organisation },
      });
      const body = await readJson(res);
      setNotice(`Versie ${version.version} is nu actief${body.previous ? ` (was ${body.previous})` : ''}.`);
      setComparison(null);
      reload();
    } catch (e) {
      setError(message(e, 'Activeren lukte niet.'));
    }
  }

  async function discard(version: Version) {
    const ok = await confirm({
      title: `Conceptversie ${version.version} weggooien?`,
      body: 'De conceptversie verdwijnt; het actieve codeboek blijft zoals het is.',
      confirmLabel: 'Weggooien',
    });
    if (!ok) return;
    try {
      await readJson(
        await api.codebooks[':id'].$delete({ param: { id: String(version.id) }, query: { organisation } }),
      );
      setNotice(`Conceptversie ${version.version} is weggegooid.`);
      if (comparison?.codebook.id === version.id) setComparison(null);
      reload();
    } catch (e) {
      setError(message(e, 'Weggooien lukte niet.'));
    }
  }

  return (
    <StaffLayout title="Codeboek">
      {confirmDialog}
      <CodingNav />
      {!organisation && <p className="notice">Alleen onderzoekers van een organisatie beheren het codeboek.</p>}
      <p>
        Een codeboek uit ATLAS.ti, MAXQDA, NVivo of QualCoder (REFI-QDA, een <code>.qdc</code>-bestand) wordt een
        conceptversie. U ziet eerst wat er verandert; pas als u activeert, geldt het nieuwe codeboek.
      </p>
      <p>
        <label htmlFor="qdc-file">Codeboek inlezen (.qdc) </label>
        <input
          id="qdc-file"
          type="file"
          accept=".qdc,application/xml,text/xml"
          onChange={importFile}
          disabled={!organisation}
        />
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {comparison && <DiffView comparison={comparison} />}
      <h2>Versies</h2>
      {versions === null ? (
        !error && <p>Bezig met laden…</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Versie</th>
                <th scope="col">Status</th>
                <th scope="col">Thema’s</th>
                <th scope="col">Gemaakt</th>
                <th scope="col">
                  <span className="visually-hidden">Acties</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.id}>
                  <th scope="row">{v.version}</th>
                  <td>{v.isActive ? 'actief' : 'concept'}</td>
                  <td className="number">{v.themes}</td>
                  <td>{formatDate(v.createdAt)}</td>
                  <td>
                    {!v.isActive && (
                      <>
                        <button type="button" onClick={() => void compare(v.id)}>
                          Vergelijken
                        </button>{' '}
                        <button type="button" onClick={() => void activate(v)}>
                          Activeren
                        </button>{' '}
                        <button type="button" onClick={() => void discard(v)}>
                          Weggooien
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </StaffLayout>
  );
}
