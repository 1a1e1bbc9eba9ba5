import { api } from '../../lib/api.ts';
import { type ShareBar, shareText } from './share-chart.tsx';
import { useAnalysis } from './use-analysis.ts';

/** A school contact's own school against the SWV and its sector, item by item; the API decides what is shown. */
export function OwnSchoolScreen({ organisation, wave }: { organisation: string; wave: number }) {
  const { data, error, loading } = useAnalysis(
    () => api.analysis['own-school'].$get({ query: { organisation, wave: String(wave) } }),
    `${organisation}/${wave}`,
  );
  if (error)
    return (
      <p role="alert" className="error">
        {error}
      </p>
    );
  if (loading || !data) return <p>Bezig met laden…</p>;
  const with_ = (f: { share: ShareBar['share']; comparison?: { words: string } | null }) =>
    f.comparison ? `${shareText(f.share)} — ${f.comparison.words}` : shareText(f.share);
  return (
    <section aria-labelledby="eigen-school-kop">
      <h2 id="eigen-school-kop">{data.school.name}</h2>
      <table>
        <caption>
          Aandeel (helemaal) eens: {data.school.name} tegen {data.organisation?.name ?? 'de organisatie'}
          {data.school.sectorName ? ` en ${data.school.sectorName} daarin` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Vraag</th>
            <th scope="col">Uw school</th>
            <th scope="col">Gemiddelde {data.organisation?.name ?? ''}</th>
            <th scope="col">{data.school.sectorName ?? 'Sector'}</th>
            {data.previousYear !== null && <th scope="col">Uw school in {data.previousYear}</th>}
          </tr>
        </thead>
        <tbody>
          {data.items.map((item) => (
            <tr key={item.name}>
              <th scope="row">{item.title}</th>
              <td>{shareText(item.school.share)}</td>
              <td>{with_(item.organisation)}</td>
              <td>{with_(item.sector)}</td>
              {data.previousYear !== null && <td>{item.previous ? with_(item.previous) : '–'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
