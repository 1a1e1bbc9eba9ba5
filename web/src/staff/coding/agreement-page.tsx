import { useEffect, useState } from 'react';
import { type Api, api, ApiError, readJson, type ResultOf } from '../../lib/api.ts';
import { formatNumber, formatPercent } from '../../lib/format.ts';
import { StaffLayout } from '../staff-layout.tsx';
import { CodingNav } from './coding-nav.tsx';
import { useCodingOrganisations } from './use-coding-organisation.ts';

type Agreement = ResultOf<Api['coding']['agreement']['$get']>;

const number = (value: number | null) => (value === null ? '–' : formatNumber(value, 2));

/** Coder–coder, machine–consensus and self-tag–consensus agreement per theme, each with its number of stories. */
export function AgreementPage() {
  const organisations = useCodingOrganisations();
  const slug = organisations[0]?.slug ?? '';
  const [report, setReport] = useState<Agreement | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!slug) return;
    api.coding.agreement
      .$get({ query: { organisation: slug } })
      .then((r) => readJson(r))
      .then(setReport)
      .catch((e: unknown) =>
        setError(e instanceof ApiError ? e.message : 'De overeenstemming kon niet geladen worden.'),
      );
  }, [slug]);
  return (
    <StaffLayout title="Overeenstemming tussen codeurs">
      <CodingNav />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!report && !error && <p>Bezig met laden…</p>}
      {report && (
        <>
          <p>
            Codeboek {report.codebookVersion}. {formatPercent(report.doubleShare)} van de nieuwe verhalen wordt door
            twee codeurs gecodeerd; {report.doubleCodedStories} zijn dubbel gecodeerd, {report.consensusStories} hebben
            een consensus.
          </p>
          <p>
            <strong>Krippendorffs alfa (alle thema’s): {number(report.krippendorffAlpha.value)}</strong> over{' '}
            {report.krippendorffAlpha.n} verhalen ({report.krippendorffAlpha.units} eenheden). {report.alphaNote}
            {'reason' in report.krippendorffAlpha ? ` ${report.krippendorffAlpha.reason}` : ''}
          </p>
          <div className="table-scroll">
            <table>
              <caption>Overeenstemming per thema (kappa van Cohen; n = aantal verhalen)</caption>
              <thead>
                <tr>
                  <th scope="col">Thema</th>
                  <th scope="col">Codeur–codeur kappa</th>
                  <th scope="col">n</th>
                  <th scope="col">Computer precisie</th>
                  <th scope="col">Computer recall</th>
                  <th scope="col">Computer kappa</th>
                  <th scope="col">n</th>
                  <th scope="col">Eigen thema’s kappa</th>
                  <th scope="col">n</th>
                </tr>
              </thead>
              <tbody>
                {report.themes.map((t) => (
                  <tr key={t.code}>
                    <th scope="row">
                      {t.label} ({t.code})
                    </th>
                    <td>{number(t.coders.value)}</td>
                    <td>{t.coders.n}</td>
                    <td>{number(t.machine.precision)}</td>
                    <td>{number(t.machine.recall)}</td>
                    <td>{number(t.machine.kappa)}</td>
                    <td>{t.machine.n}</td>
                    <td>{number(t.selfTags.value)}</td>
                    <td>{t.selfTags.n}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted">
            – : niet te berekenen, bijvoorbeeld omdat niemand het thema gaf (kappa is dan onbepaald).
          </p>
        </>
      )}
    </StaffLayout>
  );
}
