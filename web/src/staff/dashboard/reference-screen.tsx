import { useState } from 'react';
import { type Api, api, type ResultOf } from '../../lib/api.ts';
import { formatNumber } from '../../lib/format.ts';
import { useAnalysis } from './use-analysis.ts';

type ReferenceViewData = ResultOf<Api['analysis']['reference']['$get']>;
type ReferenceItem = Extract<ReferenceViewData, { takesPart: true }>['schools'][number]['items'][number];
type Reference = ReferenceItem['reference'];
const sectorNames: Record<string, string> = {
  po: 'basisscholen',
  vo: 'scholen voor voortgezet onderwijs',
  so: 'scholen voor speciaal onderwijs',
  sbo: 'scholen voor speciaal basisonderwijs',
  mbo: 'mbo-scholen',
};

/** The scale drawn from 1 to 5: the middle 80% and 50% of the other schools, their mean, and the school. */
function ReferenceLine({ item, label }: { item: ReferenceItem; label: string }) {
  const r = item.reference;
  if (!r.published || item.mean === null) return null;
  const [lo, hi] = [1, 5];
  const x = (v: number) => 4 + ((v - lo) / (hi - lo)) * 232;
  return (
    <svg width="240" height="28" viewBox="0 0 240 28" role="img" aria-label={label} className="reference-line">
      <line x1={x(lo)} x2={x(hi)} y1="14" y2="14" stroke="#bbb" />
      <rect x={x(r.p10)} width={x(r.p90) - x(r.p10)} y="9" height="10" fill="#d7e6f1" />
      <rect x={x(r.p25)} width={x(r.p75) - x(r.p25)} y="9" height="10" fill="#8fb6d3" />
      <line x1={x(r.mean)} x2={x(r.mean)} y1="4" y2="24" stroke="#111" strokeWidth="2" />
      <circle cx={x(item.mean)} cy="14" r="5" fill="#c0392b" stroke="#fff" />
    </svg>
  );
}

function referenceText(r: Reference, thresholds: ReferenceViewData['thresholds']): string {
  if (r.published)
    return `${formatNumber(r.mean, 1)} (middelste helft ${formatNumber(r.p25, 1)}–${formatNumber(r.p75, 1)}; ${r.schools} scholen)`;
  return r.reason === 'too_few_organisations'
    ? `nog niet: minder dan ${thresholds.organisations} organisaties doen mee`
    : `nog niet: minder dan ${thresholds.schools} scholen met genoeg reacties`;
}

function testText(item: ReferenceItem): string {
  if (!item.test) return '–';
  if (!item.test.significant) return 'geen duidelijk verschil';
  return item.test.direction === 'higher' ? 'duidelijk hoger' : 'duidelijk lager';
}

/** One school against the schools of its sector elsewhere on this installation (organisation setting). */
export function ReferenceScreen({ organisation, wave }: { organisation: string; wave: number }) {
  const { data, error, loading } = useAnalysis(
    () => api.analysis.reference.$get({ query: { organisation, wave: String(wave) } }),
    `${organisation}/${wave}`,
  );
  const [schoolId, setSchoolId] = useState<number | null>(null);
  if (error)
    return (
      <p role="alert" className="error">
        {error}
      </p>
    );
  if (loading || !data) return <p>Bezig met laden…</p>;
  if (!data.takesPart)
    return (
      <section aria-labelledby="vergelijking-kop">
        <h2 id="vergelijking-kop">Vergelijking met andere scholen</h2>
        <p>
          Uw organisatie doet niet mee met de vergelijking. Een beheerder kan dat aanzetten bij Organisatie →
          Instellingen.
        </p>
      </section>
    );
  const school = data.schools.find((s) => s.id === schoolId) ?? data.schools[0];
  const title = (name: string) => data.items.find((i) => i.name === name)?.title ?? name;
  return (
    <section aria-labelledby="vergelijking-kop">
      <h2 id="vergelijking-kop">Vergelijking met andere scholen</h2>
      {data.schools.length > 1 && (
        <label className="field">
          School
          <select value={school?.id ?? ''} onChange={(e) => setSchoolId(Number(e.target.value))}>
            {data.schools.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {!school ? (
        <p>Geen scholen in beeld.</p>
      ) : (
        <>
          <p>
            Gemiddelde antwoorden van {school.name} (1 = helemaal oneens, 5 = helemaal eens) naast andere{' '}
            {sectorNames[school.sector] ?? 'scholen'} die meedoen. Van die scholen ziet u alleen samen het beeld, nooit
            een naam.
          </p>
          <p className="note">
            <strong>Percentiel</strong>: hoeveel procent van de vergelijkingsscholen lager scoort (gelijke scores tellen
            half mee). <strong>Verschil</strong>: met een t-toets (voor één steekproef) kijken we of de antwoorden van
            uw school écht afwijken van het gemiddelde van de andere scholen. “Duidelijk” betekent: de kans dat het
            verschil toeval is, is kleiner dan 5%. In de lijn: de rode stip is uw school, de zwarte streep het
            gemiddelde, het donkere vlak de middelste helft van de scholen.
          </p>
          <table className="reference-table">
            <caption>
              {school.name}: per vraag tegen andere scholen (de vergelijking verschijnt vanaf {data.thresholds.schools}{' '}
              scholen van {data.thresholds.organisations} organisaties)
            </caption>
            <thead>
              <tr>
                <th scope="col">Vraag</th>
                <th scope="col">Uw school</th>
                <th scope="col">Andere scholen</th>
                <th scope="col">Lijn</th>
                <th scope="col">Percentiel</th>
                <th scope="col">Verschil</th>
              </tr>
            </thead>
            <tbody>
              {school.items.map((item) => (
                <tr key={item.name}>
                  <th scope="row">{title(item.name)}</th>
                  <td>
                    {item.mean === null ? 'te weinig reacties' : `${formatNumber(item.mean, 1)} (${item.n} reacties)`}
                  </td>
                  <td>{referenceText(item.reference, data.thresholds)}</td>
                  <td>
                    <ReferenceLine
                      item={item}
                      label={`${title(item.name)}: uw school ${item.mean === null ? '' : formatNumber(item.mean, 1)} tegen gemiddeld ${item.reference.published ? formatNumber(item.reference.mean, 1) : ''}`}
                    />
                  </td>
                  <td>{item.percentile === null ? '–' : `${Math.round(item.percentile)}e`}</td>
                  <td>{testText(item)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
