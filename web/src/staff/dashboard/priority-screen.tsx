import { importanceWords, type ImportanceWords, markConversionWords } from '@klankbord/analysis/report';
import type { InferResponseType } from 'hono/client';
import { useState } from 'react';
import { api } from '../../lib/api.ts';
import { formatNumber, formatPercent } from '../../lib/format.ts';
import { useAnalysis } from './use-analysis.ts';

type PriorityView = InferResponseType<typeof api.analysis.priorities.$get, 200>;
type Matrix = NonNullable<PriorityView['overall']>;

const quadrantLabels = {
  verbeteren: 'verbeteren',
  behouden: 'behouden',
  bewaken: 'bewaken',
  minder_urgent: 'minder urgent',
} as const;

/** Satisfaction across, importance up; the dashed lines are the cut points, each dot a number from the table. */
function MatrixChart({ matrix, title, words }: { matrix: Matrix; title: string; words: ImportanceWords }) {
  const cuts = matrix.cuts;
  if (!cuts) return null;
  const [w, h, left, bottom, top, right] = [480, 320, 48, 36, 12, 12];
  const low = Math.min(0, ...matrix.items.map((i) => i.importance));
  const x = (v: number) => left + v * (w - left - right);
  const y = (v: number) => top + ((1 - v) / (1 - low)) * (h - top - bottom);
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${w} ${h}`}
        width="100%"
        style={{ maxWidth: w }}
        role="img"
        aria-label={`${title}; de cijfers staan in de tabel.`}
      >
        <rect x={left} y={top} width={w - left - right} height={h - top - bottom} fill="none" stroke="#555" />
        <line
          x1={x(cuts.satisfaction)}
          x2={x(cuts.satisfaction)}
          y1={top}
          y2={h - bottom}
          stroke="#111"
          strokeDasharray="4 3"
        />
        <line
          x1={left}
          x2={w - right}
          y1={y(cuts.importance)}
          y2={y(cuts.importance)}
          stroke="#111"
          strokeDasharray="4 3"
        />
        <text x={left + 6} y={top + 14} fontSize="12" fontWeight="600" fill="#00466e">
          verbeteren
        </text>
        <text x={w - right - 6} y={top + 14} fontSize="12" fontWeight="600" fill="#00466e" textAnchor="end">
          behouden
        </text>
        <text x={left + 6} y={h - bottom - 6} fontSize="12" fontWeight="600" fill="#00466e">
          minder urgent
        </text>
        <text x={w - right - 6} y={h - bottom - 6} fontSize="12" fontWeight="600" fill="#00466e" textAnchor="end">
          bewaken
        </text>
        {matrix.items.map((item, k) => (
          <g key={item.name}>
            <circle cx={x(item.satisfaction.p)} cy={y(item.importance)} r="9" fill="#0072B2" />
            <text x={x(item.satisfaction.p)} y={y(item.importance) + 4} fontSize="10" fill="#fff" textAnchor="middle">
              {k + 1}
            </text>
          </g>
        ))}
        <text x={(left + w - right) / 2} y={h - 8} fontSize="12" textAnchor="middle">
          Tevredenheid: aandeel (helemaal) eens
        </text>
        <text
          x={12}
          y={(top + h - bottom) / 2}
          fontSize="12"
          textAnchor="middle"
          transform={`rotate(-90 12 ${(top + h - bottom) / 2})`}
        >
          {words.axis}
        </text>
      </svg>
    </figure>
  );
}

function MatrixTables({ matrix, label, words }: { matrix: Matrix; label: string; words: ImportanceWords }) {
  return (
    <>
      <p>
        Snijpunten (medianen): tevredenheid {matrix.cuts ? formatPercent(matrix.cuts.satisfaction) : '–'}, belang{' '}
        {matrix.cuts ? words.format(matrix.cuts.importance) : '–'}.
      </p>
      <div className="chart-with-table">
        <MatrixChart matrix={matrix} title={`Prioriteiten ${label}`} words={words} />
        <div className="table-scroll">
          <table>
            <caption>Prioriteiten per vraag ({label})</caption>
            <thead>
              <tr>
                <th scope="col">Nr.</th>
                <th scope="col">Vraag</th>
                <th scope="col">Eens</th>
                <th scope="col">{words.itemColumn}</th>
                <th scope="col">Kwadrant</th>
              </tr>
            </thead>
            <tbody>
              {matrix.items.map((i, k) => (
                <tr key={i.name}>
                  <td>{k + 1}</td>
                  <th scope="row">{i.title}</th>
                  <td>{formatPercent(i.satisfaction.p)}</td>
                  <td>{words.format(i.importance)}</td>
                  <td>{quadrantLabels[i.quadrant]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <div className="table-scroll">
        <table>
          <caption>Prioriteiten per thema ({label})</caption>
          <thead>
            <tr>
              <th scope="col">Thema</th>
              <th scope="col">Eens</th>
              <th scope="col">{words.themeColumn}</th>
              <th scope="col">Kwadrant</th>
            </tr>
          </thead>
          <tbody>
            {matrix.themes.map((t) => (
              <tr key={t.code}>
                <th scope="row">{t.label}</th>
                <td>{formatPercent(t.satisfaction.p)}</td>
                <td>{words.format(t.importance)}</td>
                <td>{quadrantLabels[t.quadrant]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** Report mark, priority matrix and response rates of one wave (issue 17 items 2–4). */
export function PriorityScreen({ organisation, wave }: { organisation: string; wave: number }) {
  const query = { query: { organisation, wave: String(wave) } };
  const key = `${organisation}/${wave}`;
  const mark = useAnalysis(() => api.analysis['report-mark'].$get(query), key);
  const matrix = useAnalysis(() => api.analysis.priorities.$get(query), key);
  const schools = useAnalysis(() => api.analysis.schools.$get(query), key);
  const [school, setSchool] = useState<string>('');
  const error = mark.error ?? matrix.error ?? schools.error;
  if (error)
    return (
      <p role="alert" className="error">
        {error}
      </p>
    );
  if (!mark.data || !matrix.data || !schools.data) return <p>Bezig met laden…</p>;
  const m = mark.data;
  const chosen = matrix.data.schools.find((s) => String(s.id) === school);
  const responseRows = schools.data.schools.filter((s) => s.response);
  const words = importanceWords(matrix.data.importanceSource);
  return (
    <section aria-labelledby="prioriteiten-kop">
      <h2 id="prioriteiten-kop">Rapportcijfer en prioriteiten</h2>
      {m.mark === null || !m.overall ? (
        <p>
          Voor deze vragenlijst is nog geen rapportcijfer gekozen. Kies bij Vragenlijsten welke vraag het rapportcijfer
          is; dan ziet u hier het cijfer
          {matrix.data.importanceSource === 'correlation' ? ' en de prioriteiten' : ''}.
        </p>
      ) : (
        <>
          <p>
            Rapportcijfer uit de vraag <q>{m.mark.title}</q> ({markConversionWords(m.mark)}).
          </p>
          <div className="table-scroll">
            <table>
              <caption>Rapportcijfer per organisatie, bestuur en school</caption>
              <thead>
                <tr>
                  <th scope="col">Wie</th>
                  <th scope="col">Reacties</th>
                  <th scope="col">Cijfer (95%-interval)</th>
                  <th scope="col">{'previousYear' in m && m.previousYear ? m.previousYear : 'Vorige meting'}</th>
                  <th scope="col">Verandering</th>
                </tr>
              </thead>
              <tbody>
                {[
                  { ...m.overall, level: 'organisatie' },
                  ...m.boards.map((b) => ({ ...b, level: 'bestuur' })),
                  ...m.schools.map((s) => ({ ...s, level: 'school' })),
                ].map((r) => (
                  <tr key={`${r.level}-${r.key}`}>
                    <th scope="row">{r.level === 'school' ? r.label : `${r.label} (${r.level})`}</th>
                    <td>{r.n.value === null ? 'te weinig reacties' : r.n.value.toLocaleString('nl-NL')}</td>
                    <td>
                      {r.mark
                        ? `${formatNumber(r.mark.mean, 1)} (${formatNumber(r.mark.lower, 1)}–${formatNumber(r.mark.upper, 1)})`
                        : '–'}
                    </td>
                    <td>{r.trend ? formatNumber(r.trend.previousMean, 1) : '–'}</td>
                    <td>{r.trend ? r.trend.words : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {matrix.data.overall && (
        <>
          <h3>Prioriteiten</h3>
          <p>{words.explanation}</p>
          <MatrixTables matrix={matrix.data.overall} label="hele organisatie" words={words} />
          {matrix.data.schools.length > 0 && (
            <label className="field">
              School
              <select value={school} onChange={(e) => setSchool(e.target.value)}>
                <option value="">Kies een school</option>
                {matrix.data.schools.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          {chosen &&
            (chosen.matrix ? (
              <MatrixTables matrix={chosen.matrix} label={chosen.name} words={words} />
            ) : (
              <p>{chosen.name}: te weinig reacties voor prioriteiten.</p>
            ))}
        </>
      )}
      <h3>Respons per school</h3>
      <div className="table-scroll">
        <table>
          <caption>Reacties tegen het aantal leerlingen (gezinnen), op de tellingen van nu</caption>
          <thead>
            <tr>
              <th scope="col">School</th>
              <th scope="col">Reacties</th>
              <th scope="col">Leerlingen</th>
              <th scope="col">Respons</th>
              <th scope="col">Foutmarge</th>
            </tr>
          </thead>
          <tbody>
            {responseRows.map((s) => (
              <tr key={s.id}>
                <th scope="row">
                  {s.name}
                  {s.response?.tooLow ? ' *' : ''}
                </th>
                <td>{s.n.value?.toLocaleString('nl-NL') ?? '–'}</td>
                <td>{s.pupils?.toLocaleString('nl-NL') ?? 'onbekend'}</td>
                <td>{s.response?.rate === null || !s.response ? '–' : formatPercent(s.response.rate)}</td>
                <td>
                  {s.response?.marginOfError === null || !s.response
                    ? '–'
                    : `± ${Math.round(s.response.marginOfError * 100)} procentpunt`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="note">
        * Respons te laag om te generaliseren: een percentage van die school kan meer dan 10 procentpunt naast het echte
        percentage liggen (foutmarge bij 95% betrouwbaarheid, met het aantal leerlingen als populatie). Scholen met te
        weinig reacties staan er niet in.
      </p>
    </section>
  );
}
