import { useId, useState } from 'react';
import { type Api, api, ApiError, readJson, type ResultOf } from '../../lib/api.ts';
import { formatNumber } from '../../lib/format.ts';

/** A version of a questionnaire as the survey route answers it, with the items that can be its mark. */
type Version = ResultOf<Api['surveys'][':id']['$get']>['versions'][number];
type MarkChoice = Version['reportMarkChoices'][number];

/** How the answers become a mark, in words; the formula is the server's (analysis markScale). */
export function conversionWords(choice: MarkChoice): string {
  if (choice.conversion === 'as_is') return 'een cijfer van 1 tot 10, zoals ingevuld';
  // Linear onto 1–10: mark = a × answer + b; for a 1–4 scale that is Vensters' 3 × gemiddelde − 2.
  const a = 9 / (choice.highest - choice.lowest);
  const b = 1 - a * choice.lowest;
  const formula = `${formatNumber(a)} × gemiddelde ${b < 0 ? '−' : '+'} ${formatNumber(Math.abs(b))}`;
  const vensters = choice.lowest === 1 && choice.highest === 4 ? ', zoals Vensters doet' : '';
  return `schaal ${choice.lowest} tot ${choice.highest}, omgerekend naar een cijfer: ${formula}${vensters}`;
}

/**
 * Which item of a questionnaire version is its report mark (rapportcijfer): choose, see, clear.
 * Allowed on a published version too: the answers stay, only how they are read changes.
 */
export function ReportMarkChooser({
  version,
}: {
  version: Pick<Version, 'id' | 'version' | 'reportMark' | 'reportMarkChoices'>;
}) {
  const [current, setCurrent] = useState(version.reportMark);
  const [picked, setPicked] = useState(version.reportMark ?? '');
  const [message, setMessage] = useState<{ kind: 'error' | 'notice'; text: string } | null>(null);
  const selectId = useId();
  const chosen = version.reportMarkChoices.find((c) => c.name === current);

  async function save(question: string | null) {
    try {
      const answer = await readJson(
        api['survey-versions'][':id']['report-mark'].$put({ param: { id: String(version.id) }, json: { question } }),
      );
      setCurrent(answer.reportMark);
      setPicked(answer.reportMark ?? '');
      setMessage({
        kind: 'notice',
        text: question === null ? 'Er is geen rapportcijfer meer gekozen.' : 'Het rapportcijfer is opgeslagen.',
      });
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof ApiError ? e.message : 'Opslaan lukte niet.' });
    }
  }

  if (version.reportMarkChoices.length === 0)
    return (
      <p>
        Rapportcijfer van versie {version.version}: deze versie heeft geen vraag met een cijferschaal (zoals 1 tot 10 of
        1 tot 4), dus er valt geen rapportcijfer te kiezen.
      </p>
    );
  return (
    <form
      className="report-mark"
      onSubmit={(e) => {
        e.preventDefault();
        if (picked) void save(picked);
      }}
    >
      <p>
        {chosen ? (
          <>
            Rapportcijfer van versie {version.version}: <q>{chosen.title}</q> ({conversionWords(chosen)}).
          </>
        ) : (
          <>Rapportcijfer van versie {version.version}: nog niet gekozen.</>
        )}
      </p>
      <label htmlFor={selectId}>Vraag voor het rapportcijfer van versie {version.version}</label>
      <select id={selectId} value={picked} onChange={(e) => setPicked(e.target.value)}>
        <option value="">Kies een vraag</option>
        {version.reportMarkChoices.map((c) => (
          <option key={c.name} value={c.name}>
            {c.title} ({c.lowest}–{c.highest})
          </option>
        ))}
      </select>{' '}
      <button type="submit" disabled={!picked || picked === current}>
        Rapportcijfer opslaan
      </button>{' '}
      {current && (
        <button type="button" onClick={() => void save(null)}>
          Rapportcijfer wissen
        </button>
      )}
      <div aria-live="polite">{message && <p className={message.kind}>{message.text}</p>}</div>
    </form>
  );
}
