import type { InferResponseType } from 'hono/client';
import type { api } from '../../lib/api.ts';
import { formatNumber, formatPercent } from '../../lib/format.ts';

export type Estimate = InferResponseType<(typeof api.exports.estimate)['$post'], 200>;
type SuppressionEstimate = Estimate['estimate'];

// A share near the 5% limit keeps its digit ("4,8%"): whole percents would hide it.
const percent = (share: number) => formatPercent(share, { upTo: 1 });
const levelWords: Record<string, string> = {
  bestuur: 'het bestuur',
  swv: 'het samenwerkingsverband',
  regio: 'de regio',
  kwartaal: 'het kwartaal',
  jaar: 'het jaar',
  schaaldeel: 'een deel van de schaal',
};

/** The estimate in sentences: rows with a '*', rows left out, and per characteristic what happens. */
function Summary({ estimate, labelOf }: { estimate: SuppressionEstimate; labelOf: (q: string) => string }) {
  const { records, rowsWithSuppression, droppedRows } = estimate;
  const share = (n: number) => percent(records === 0 ? 0 : n / records);
  const wholly = new Set(estimate.suppressedColumns);
  return (
    <>
      <p>
        Van de {formatNumber(records)} ingevulde vragenlijsten krijgen er {formatNumber(rowsWithSuppression)} (
        {share(rowsWithSuppression)}) minstens één * en vallen er {formatNumber(droppedRows)} ({share(droppedRows)})
        helemaal weg. {estimate.suppressedColumns.length} van de {estimate.columns.length} kenmerken worden in elke rij
        * ({percent(estimate.columns.length ? estimate.suppressedColumns.length / estimate.columns.length : 0)}).
      </p>
      <ul>
        {estimate.columns.map((c) => (
          <li key={c.quasiIdentifier}>
            {labelOf(c.quasiIdentifier)}:{' '}
            {wholly.has(c.quasiIdentifier)
              ? 'overal * (deze kolom zegt niets meer)'
              : `${c.level > 0 ? `samengevoegd tot ${levelWords[c.levelName] ?? c.levelName}, ` : ''}${percent(c.suppressedShare)} *`}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Before the export runs: what the chosen characteristics and k would blank out, and a proposal that keeps school. */
export function ExportEstimate(props: {
  estimate: Estimate | null | 'failed';
  chosen: string[];
  labelOf: (q: string) => string;
  onUseProposal: (quasiIdentifiers: string[]) => void;
}) {
  const { estimate, chosen, labelOf } = props;
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((q) => b.includes(q));
  return (
    <section aria-labelledby="estimate-title" className="notice" aria-live="polite" aria-busy={estimate === null}>
      <h3 id="estimate-title">Wat de export verbergt (schatting vooraf)</h3>
      {estimate === 'failed' ? (
        <p>De schatting lukte niet. De export zelf kan wel; het verslag erin zegt wat er verborgen is.</p>
      ) : estimate === null ? (
        <p>Schatting wordt berekend…</p>
      ) : (
        <>
          <Summary estimate={estimate.estimate} labelOf={labelOf} />
          {same(estimate.proposal.quasiIdentifiers, chosen) ? (
            <p>Deze keuze houdt de school zichtbaar waar k dat toelaat.</p>
          ) : (
            <>
              <p>
                <strong>Voorstel:</strong> {estimate.proposal.quasiIdentifiers.map(labelOf).join(', ')}. Dan krijgen{' '}
                {formatNumber(estimate.proposal.estimate.rowsWithSuppression)} rijen (
                {percent(
                  estimate.proposal.estimate.records
                    ? estimate.proposal.estimate.rowsWithSuppression / estimate.proposal.estimate.records
                    : 0,
                )}
                ) een * en blijft de school zichtbaar waar k dat toelaat. Kenmerken die u niet kiest, komen niet in de
                export.
              </p>
              <button
                type="button"
                className="secondary"
                onClick={() => props.onUseProposal(estimate.proposal.quasiIdentifiers)}
              >
                Gebruik voorstel
              </button>
            </>
          )}
        </>
      )}
    </section>
  );
}
