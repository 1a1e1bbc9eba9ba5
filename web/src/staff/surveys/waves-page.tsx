import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { formatDate } from '../../lib/format.ts';
import { type Api, api, ApiError, readJson, type ResultOf } from '../../lib/api.ts';
import { StaffLayout } from '../staff-layout.tsx';
import { OrganisationPicker, useOrganisationChoice } from './organisation-picker.tsx';

type Wave = ResultOf<Api['waves']['$get']>['waves'][number];
type WaveDetail = ResultOf<Api['waves'][':id']['$get']>;
interface PublishedVersion {
  id: number;
  label: string;
  audience: 'ouder' | 'jongere';
}

const linkOf = (code: string) => `${window.location.origin}/s/${code}`;

/** Researchers run measurement rounds: create a wave, hand out its links and invitations, follow the response. */
export function WavesPage() {
  const { organisations, organisation, setOrganisation } = useOrganisationChoice();
  const [waves, setWaves] = useState<Wave[] | null>(null);
  const [versions, setVersions] = useState<PublishedVersion[]>([]);
  const [detail, setDetail] = useState<WaveDetail | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'notice'; text: string } | null>(null);

  const load = useCallback(async () => {
    if (!organisation) return;
    const query = { organisation };
    setWaves((await readJson(api.waves.$get({ query }))).waves);
    const { surveys } = await readJson(api.surveys.$get({ query }));
    const details = await Promise.all(
      surveys.map((s) => readJson(api.surveys[':id'].$get({ param: { id: String(s.id) } }))),
    );
    setVersions(
      details.flatMap((d) =>
        d.versions
          .filter((v) => v.status === 'published')
          .map((v) => ({ id: v.id, label: `${d.title} — versie ${v.version}`, audience: d.audience })),
      ),
    );
  }, [organisation]);
  useEffect(() => {
    load().catch((e: unknown) =>
      setMessage({ kind: 'error', text: e instanceof ApiError ? e.message : 'Laden lukte niet.' }),
    );
  }, [load]);

  const openWave = useCallback(async (id: number) => {
    setDetail(await readJson(api.waves[':id'].$get({ param: { id: String(id) } })));
  }, []);
  // While a wave is open on screen, its counts refresh every 15 seconds.
  useEffect(() => {
    if (!detail) return;
    const timer = setInterval(() => void openWave(detail.id).catch(() => {}), 15_000);
    return () => clearInterval(timer);
  }, [detail, openWave]);

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const version = versions.find((v) => v.id === Number(form.get('version')));
    try {
      const created = await readJson(
        api.waves.$post({
          json: {
            surveyVersionId: Number(form.get('version')),
            organisation,
            name: String(form.get('name')),
            year: Number(form.get('year')),
            audience: version?.audience ?? 'ouder',
            opensOn: String(form.get('opensOn')),
            closesOn: String(form.get('closesOn')),
          },
        }),
      );
      setMessage({ kind: 'notice', text: `Meting "${created.name}" gemaakt, met een link per school.` });
      await load();
      setDetail(created);
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof ApiError ? e.message : 'Dat lukte niet.' });
    }
  }

  async function downloadInvitations(event: FormEvent<HTMLFormElement>, wave: WaveDetail) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const schoolId = Number(form.get('schoolId'));
    // The answer is a CSV file, read as a blob below; the typed call still types what is sent.
    const response = await api.waves[':id'].invitations.$post({
      param: { id: String(wave.id) },
      json: { schoolId, count: Number(form.get('count')) },
    });
    if (!response.ok) {
      const error = await readJson(response).catch((e: unknown) => e);
      return setMessage({ kind: 'error', text: error instanceof ApiError ? error.message : 'Dat lukte niet.' });
    }
    const url = URL.createObjectURL(await response.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = `uitnodigingen-meting-${wave.id}-school-${schoolId}.csv`;
    a.click();
    URL.revokeObjectURL(url);
    setMessage({
      kind: 'notice',
      text: 'De uitnodigingen zijn gedownload. Elke code werkt één keer; bewaar het bestand veilig.',
    });
    await openWave(wave.id);
  }

  const thisYear = new Date().getFullYear();
  return (
    <StaffLayout title="Metingen">
      {organisations && (
        <OrganisationPicker organisations={organisations} value={organisation} onChange={setOrganisation} />
      )}
      <div aria-live="polite">{message && <p className={message.kind}>{message.text}</p>}</div>
      {waves === null ? (
        // Never an endless "loading": after an error the message above says it; without organisations, this.
        message?.kind === 'error' ? null : organisations?.length === 0 ? (
          <p>Je hoort bij geen organisatie, dus er zijn geen metingen. Vraag de beheerder om een rol.</p>
        ) : (
          <p>Bezig met laden…</p>
        )
      ) : waves.length === 0 ? (
        <p>Nog geen metingen voor deze organisatie.</p>
      ) : (
        <table>
          <caption>Metingen</caption>
          <thead>
            <tr>
              <th scope="col">Naam</th>
              <th scope="col">Voor</th>
              <th scope="col">Open</th>
              <th scope="col">
                <span className="visually-hidden">Actie</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {waves.map((w) => (
              <tr key={w.id}>
                <td>{w.name}</td>
                <td>{w.audience === 'ouder' ? 'ouders' : 'jongeren'}</td>
                <td>
                  {formatDate(w.opensOn)} tot en met {formatDate(w.closesOn)}
                </td>
                <td>
                  <button type="button" onClick={() => void openWave(w.id)} aria-label={`${w.name} openen`}>
                    Openen
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {detail && (
        <section aria-labelledby="wave-title" className="card">
          <h2 id="wave-title">{detail.name}</h2>
          {detail.openLinks.map((code) => (
            <p key={code}>
              Link voor alle scholen: <CopyLink code={code} />
            </p>
          ))}
          <table>
            <caption>Per school (ververst elke 15 seconden)</caption>
            <thead>
              <tr>
                <th scope="col">School</th>
                <th scope="col">Link</th>
                <th scope="col">Ingevuld</th>
                <th scope="col">Half ingevuld</th>
                <th scope="col">Uitnodigingen gebruikt</th>
              </tr>
            </thead>
            <tbody>
              {detail.schools.map((s) => (
                <tr key={s.id}>
                  <td>{s.name}</td>
                  <td>{s.linkCode ? <CopyLink code={s.linkCode} /> : '—'}</td>
                  <td>{s.complete}</td>
                  <td>{s.partial}</td>
                  <td>
                    {s.invitations.used} van {s.invitations.issued}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <form className="form" onSubmit={(e) => void downloadInvitations(e, detail)}>
            <h3>Uitnodigingen voor een mail merge (CSV)</h3>
            <label htmlFor="invite-school">School</label>
            <select id="invite-school" name="schoolId">
              {detail.schools.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
            <label htmlFor="invite-count">Aantal (1–2000)</label>
            <input id="invite-count" name="count" type="number" min={1} max={2000} defaultValue={50} required />
            <button type="submit">Uitnodigingen maken en downloaden</button>
          </form>
        </section>
      )}

      <h2>Nieuwe meting</h2>
      {versions.length === 0 ? (
        <p>Publiceer eerst een vragenlijst; een meting gebruikt altijd een gepubliceerde versie.</p>
      ) : (
        <form className="card form" onSubmit={(e) => void create(e)}>
          <label htmlFor="wave-version">Vragenlijst</label>
          <select id="wave-version" name="version">
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {v.label} ({v.audience === 'ouder' ? 'ouders' : 'jongeren'})
              </option>
            ))}
          </select>
          <label htmlFor="wave-name">Naam</label>
          <input id="wave-name" name="name" required maxLength={200} defaultValue={`Meting ${thisYear}`} />
          <label htmlFor="wave-year">Jaar</label>
          <input id="wave-year" name="year" type="number" min={2000} max={2100} defaultValue={thisYear} required />
          <label htmlFor="wave-opens">Open vanaf</label>
          <input id="wave-opens" name="opensOn" type="date" required />
          <label htmlFor="wave-closes">Open tot en met</label>
          <input id="wave-closes" name="closesOn" type="date" required />
          <button type="submit">Meting maken</button>
        </form>
      )}
    </StaffLayout>
  );
}

function CopyLink({ code }: { code: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <>
      <code>{linkOf(code)}</code>{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => void navigator.clipboard.writeText(linkOf(code)).then(() => setCopied(true))}
        aria-label={`Link ${code} kopiëren`}
      >
        {copied ? 'gekopieerd' : 'kopiëren'}
      </button>
    </>
  );
}
