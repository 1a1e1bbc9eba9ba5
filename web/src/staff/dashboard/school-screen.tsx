import { useState } from 'react';
import { formatPercent } from '../../lib/format.ts';
import { api } from '../../lib/api.ts';
import { countText, ShareChart, shareText } from './share-chart.tsx';
import { useAnalysis } from './use-analysis.ts';

export function SchoolScreen({ organisation, wave }: { organisation: string; wave: number }) {
  const { data, error, loading } = useAnalysis(
    () => api.analysis.schools.$get({ query: { organisation, wave: String(wave) } }),
    `${organisation}/${wave}`,
  );
  const [indicator, setIndicator] = useState<string | null>(null);
  if (error)
    return (
      <p role="alert" className="error">
        {error}
      </p>
    );
  if (loading || !data) return <p>Bezig met laden…</p>;
  if ('reason' in data && data.reason === 'no_responses') return <p>Nog geen reacties in deze meting.</p>;
  const chosen = indicator ?? data.indicators[0]?.name ?? '';
  const title = data.indicators.find((i) => i.name === chosen)?.title ?? chosen;
  const shareOf = (s: (typeof data)['schools'][number]) => s.indicators?.find((i) => i.name === chosen)?.topBox ?? null;
  const overall = data.overall?.indicators.find((i) => i.name === chosen);
  return (
    <section aria-labelledby="scholen-kop">
      <h2 id="scholen-kop">Scholen</h2>
      {'reason' in data && data.reason === 'too_few_responses' && (
        <p>Te weinig reacties van uw school om iets te laten zien.</p>
      )}
      <label className="field">
        Kernvraag
        <select value={chosen} onChange={(e) => setIndicator(e.target.value)}>
          {data.indicators.map((i) => (
            <option key={i.name} value={i.name}>
              {i.title}
            </option>
          ))}
        </select>
      </label>
      <p>
        Aandeel dat (helemaal) eens is met: <q>{title}</q>. Gemiddeld: {shareText(overall?.topBox ?? null)}
        {data.overall?.weighting.status === 'ok'
          ? `; gewogen naar sector en schoolgrootte: ${shareText(overall?.weightedTopBox ?? null)}.`
          : `; gewogen: niet beschikbaar (${data.overall?.weighting.status === 'unavailable' ? data.overall.weighting.message : ''}).`}
      </p>
      <div className="chart-with-table">
        <ShareChart
          title={`${title} per school`}
          bars={data.schools.map((s) => ({ label: s.name, share: shareOf(s) }))}
        />
        <table>
          <caption>Per school ({data.overall?.n.value ?? '–'} reacties in totaal)</caption>
          <thead>
            <tr>
              <th scope="col">School</th>
              <th scope="col">Reacties</th>
              <th scope="col">Respons</th>
              <th scope="col">Eens (95%-interval)</th>
            </tr>
          </thead>
          <tbody>
            {data.schools.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.name}</th>
                <td>{countText(s.n)}</td>
                <td>{s.responseRate === null ? '–' : formatPercent(s.responseRate)}</td>
                <td>{s.n.suppressed === false ? shareText(shareOf(s)) : countText(s.n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
