import { groupingNames } from '../../lib/labels.ts';
import { useState } from 'react';
import { api } from '../../lib/api.ts';
import { countText, ShareChart, shareText } from './share-chart.tsx';
import { useAnalysis } from './use-analysis.ts';

const groupings = (['sector', 'school', 'role'] as const).map((key) => [key, groupingNames[key]] as const);

export function QuestionScreen(props: {
  organisation: string;
  wave: number;
  questions: { name: string; title: string }[];
}) {
  const [question, setQuestion] = useState(props.questions[0]?.name ?? '');
  const [by, setBy] = useState<'sector' | 'school' | 'role'>('sector');
  const { data, error, loading } = useAnalysis(
    question
      ? () =>
          api.analysis.questions[':name'].$get({
            param: { name: question },
            query: { organisation: props.organisation, wave: String(props.wave), by },
          })
      : null,
    `${props.organisation}/${props.wave}/${question}/${by}`,
  );
  const topOf = (g: NonNullable<typeof data>['groups'][number]) => {
    const top = g.answers.slice(-2);
    if (g.n.suppressed !== false || g.n.value === null || top.some((a) => a.count.suppressed !== false)) return null;
    return g.likert?.topBox ?? null;
  };
  return (
    <section aria-labelledby="vragen-kop">
      <h2 id="vragen-kop">Vragen</h2>
      <div className="filters">
        <label className="field">
          Vraag
          <select value={question} onChange={(e) => setQuestion(e.target.value)}>
            {props.questions.map((q) => (
              <option key={q.name} value={q.name}>
                {q.title}
              </option>
            ))}
          </select>
        </label>
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
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {(loading || !data) && !error && <p>Bezig met laden…</p>}
      {data && 'reason' in data && data.reason === 'no_responses' && (
        <p>Nog geen reacties op deze vraag in deze meting.</p>
      )}
      {data && data.groups.length > 0 && (
        <>
          {data.test && (
            <p>Verschil tussen de groepen: {data.test.kind === 'chi-square' ? data.test.words : 'niet te toetsen'}.</p>
          )}
          <div className="chart-with-table">
            {data.question.kind === 'likert' && (
              <ShareChart
                title={`${data.question.title}: aandeel (helemaal) eens per ${groupingNames[by]}`}
                bars={data.groups.map((g) => ({ label: g.label, share: topOf(g) }))}
              />
            )}
            <table>
              <caption>{data.question.title}</caption>
              <thead>
                <tr>
                  <th scope="col">Groep</th>
                  <th scope="col">Reacties</th>
                  {data.question.values.map((v, j) => (
                    <th scope="col" key={v}>
                      {data.question.labels[j] ?? v}
                    </th>
                  ))}
                  {data.question.kind === 'likert' && <th scope="col">Eens (95%-interval)</th>}
                  <th scope="col">Tegen gemiddelde</th>
                </tr>
              </thead>
              <tbody>
                {data.groups.map((g) => (
                  <tr key={g.key}>
                    <th scope="row">
                      {g.label}
                      {g.partial ? ' (zonder scholen met te weinig reacties)' : ''}
                    </th>
                    <td>{countText(g.n)}</td>
                    {g.answers.map((a) => (
                      <td key={a.value}>{countText(a.count)}</td>
                    ))}
                    {data.question.kind === 'likert' && <td>{shareText(topOf(g))}</td>}
                    <td>{g.position?.words ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
