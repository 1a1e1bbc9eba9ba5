import { groupingNames } from '../../lib/labels.ts';
import { useState } from 'react';
import { api } from '../../lib/api.ts';
import { countText, ShareChart, shareText } from './share-chart.tsx';
import { useAnalysis } from './use-analysis.ts';

const groupings = (['sector', 'role', 'school', 'tone'] as const).map((key) => [key, groupingNames[key]] as const);

export function ThemeScreen({ organisation, wave }: { organisation: string; wave: number }) {
  const [by, setBy] = useState<'sector' | 'role' | 'school' | 'tone'>('sector');
  const { data, error, loading } = useAnalysis(
    () => api.analysis.themes.$get({ query: { organisation, wave: String(wave), by } }),
    `${organisation}/${wave}/${by}`,
  );
  const labelOf = (code: string) => data?.themes.find((t) => t.code === code)?.label ?? code;
  return (
    <section aria-labelledby="themas-kop">
      <h2 id="themas-kop">Thema’s in verhalen</h2>
      <label className="field">
        Groep
        <select value={by} onChange={(e) => setBy(e.target.value as typeof by)}>
          {groupings.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {(loading || !data) && !error && <p>Bezig met laden…</p>}
      {data && 'reason' in data && (
        <p>
          {data.reason === 'no_stories'
            ? 'Nog geen verhalen in deze meting.'
            : 'Te weinig verhalen om iets te laten zien.'}
        </p>
      )}
      {data && data.themes.length > 0 && (
        <>
          <p>{data.themeSource.description}</p>
          <div className="chart-with-table">
            <ShareChart
              title="Aandeel verhalen per thema"
              bars={data.themes.map((t) => ({ label: t.label, share: t.share }))}
            />
            <table>
              <caption>Verhalen per thema ({data.stories ? countText(data.stories) : '–'} verhalen)</caption>
              <thead>
                <tr>
                  <th scope="col">Thema</th>
                  <th scope="col">Verhalen</th>
                  <th scope="col">Aandeel (95%-interval)</th>
                  {data.groups.map((g) => (
                    <th scope="col" key={g.key}>
                      {g.label} ({countText(g.stories)})
                    </th>
                  ))}
                  <th scope="col">Tegen vorige meting</th>
                </tr>
              </thead>
              <tbody>
                {data.themes.map((t) => (
                  <tr key={t.code}>
                    <th scope="row">{t.label}</th>
                    <td>{countText(t.stories)}</td>
                    <td>{shareText(t.share)}</td>
                    {t.groups.map((g) => (
                      <td key={g.key}>{g.stories.suppressed === false ? shareText(g.share) : countText(g.stories)}</td>
                    ))}
                    <td>{t.change ? (t.change.comparison?.words ?? 'niet te toetsen') : 'geen vorige meting'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>De rode draad: thema’s die samen voorkomen</h3>
          <ul>
            {data.cooccurrence.slice(0, 8).map((p) => (
              <li key={`${p.a}-${p.b}`}>
                {labelOf(p.a)} + {labelOf(p.b)}: {countText(p.stories)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
