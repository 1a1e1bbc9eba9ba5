import { markConversionWords } from '@klankbord/analysis/report';
import { useId, useState } from 'react';
import { type Api, api, ApiError, readJson, type ResultOf } from '../../lib/api.ts';

/** A version of a questionnaire as the survey route answers it, with the items that can be its mark. */
type Version = ResultOf<Api['surveys'][':id']['$get']>['versions'][number];

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
            Rapportcijfer van versie {version.version}: <q>{chosen.title}</q> ({markConversionWords(chosen)}).
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
