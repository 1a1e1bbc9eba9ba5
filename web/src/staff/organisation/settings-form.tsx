import { type FormEvent, useEffect, useState } from 'react';
import type { InferRequestType } from 'hono/client';
import { type Api, api, readJson, type ResultOf } from '../../lib/api.ts';

type Settings = ResultOf<Api['organisations'][':slug']['settings']['$get']>;
type Languages = InferRequestType<Api['organisations'][':slug']['settings']['$put']>['json']['languages'];

const languageNames: Record<string, string> = {
  nl: 'Nederlands',
  en: 'Engels',
  ar: 'Arabisch',
  tr: 'Turks',
  pl: 'Pools',
  uk: 'Oekraïens',
};

/** Minimum group size, the languages respondents are offered, and how long answers are kept. */
export function SettingsForm({ slug }: { slug: string }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'notice'; text: string } | null>(null);
  useEffect(() => {
    api.organisations[':slug'].settings
      .$get({ param: { slug } })
      .then((r) => readJson(r))
      .then(setSettings)
      .catch(() => setMessage({ kind: 'error', text: 'De instellingen konden niet geladen worden.' }));
  }, [slug]);
  if (!settings) return message ? <p className="error">{message.text}</p> : null;

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const minimum = String(form.get('minGroupSize') ?? '').trim();
    const years = Number(form.get('retentionYears'));
    const languages = form.getAll('languages').map(String);
    const referenceBenchmark = form.get('referenceBenchmark') === 'on';
    if (minimum !== '' && !(Number.isInteger(Number(minimum)) && Number(minimum) >= 5 && Number(minimum) <= 100))
      return setMessage({ kind: 'error', text: 'De kleinste groep is een heel getal van 5 tot en met 100 (of leeg).' });
    if (!(Number.isInteger(years) && years >= 1 && years <= 30))
      return setMessage({ kind: 'error', text: 'De bewaartermijn is een heel aantal jaren van 1 tot en met 30.' });
    try {
      const saved = await readJson(
        await api.organisations[':slug'].settings.$put({
          param: { slug },
          json: {
            minGroupSize: minimum === '' ? null : Number(minimum),
            languages: languages.length === Object.keys(languageNames).length ? null : (languages as Languages),
            retentionYears: years,
            referenceBenchmark,
          },
        }),
      );
      setSettings({ ...settings!, ...saved });
      setMessage({ kind: 'notice', text: 'De instellingen zijn opgeslagen.' });
    } catch {
      setMessage({ kind: 'error', text: 'Opslaan lukte niet. Nederlands moet altijd aangeboden worden.' });
    }
  }

  const offered = settings.languages ?? Object.keys(languageNames);
  return (
    <section aria-labelledby="settings-title" className="card">
      <h2 id="settings-title">Instellingen</h2>
      <form onSubmit={save} className="form">
        {message && (
          <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind}>
            {message.text}
          </p>
        )}
        <label htmlFor="min-group">Kleinste groep die we met cijfers laten zien</label>
        <input
          id="min-group"
          name="minGroupSize"
          inputMode="numeric"
          placeholder={`${settings.installationMinimum} (standaard)`}
          defaultValue={settings.minGroupSize ?? ''}
        />
        <fieldset>
          <legend>Talen voor ouders en jongeren</legend>
          {Object.entries(languageNames).map(([code, name]) => (
            <label key={code}>
              <input type="checkbox" name="languages" value={code} defaultChecked={offered.includes(code)} /> {name}
            </label>
          ))}
        </fieldset>
        <label htmlFor="retention">Bewaartermijn van antwoorden en verhalen (jaren na het einde van een meting)</label>
        <input id="retention" name="retentionYears" inputMode="numeric" defaultValue={settings.retentionYears} />
        <p className="muted">Ouder dan dit: elke nacht gewist. Het logboek noemt alleen hoeveel.</p>
        <fieldset>
          <legend>Vergelijken met andere scholen</legend>
          <label>
            <input
              type="checkbox"
              name="referenceBenchmark"
              aria-describedby="reference-uitleg"
              defaultChecked={settings.referenceBenchmark}
            />{' '}
            Doe mee met de vergelijking met andere scholen
          </label>
          <div id="reference-uitleg" className="muted">
            <p>
              Doet u mee? Dan ziet u per vraag hoe uw scholen scoren naast andere scholen van dezelfde soort (po, vo, …)
              die ook meedoen. En uw scholen tellen mee voor de anderen.
            </p>
            <p>
              Wat we delen: alleen het gemiddelde per school per vraag, zonder naam. We noemen nooit een school of
              organisatie. Een school telt pas mee met genoeg reacties. De vergelijking is er pas bij minstens 20
              scholen van minstens 3 organisaties.
            </p>
            {settings.referenceBenchmarkBySwv && <p>Uw samenwerkingsverband doet al mee, en daarmee ook u.</p>}
          </div>
        </fieldset>
        <button type="submit">Instellingen opslaan</button>
      </form>
    </section>
  );
}
