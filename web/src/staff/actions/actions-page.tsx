import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { api, ApiError, readJson } from '../../lib/api.ts';
import { hasRole, useSession } from '../session.tsx';
import { useStaffOptions } from '../signals/use-staff-options.ts';
import { StaffLayout } from '../staff-layout.tsx';
import { type Action, ActionRow, type ActionStatus, statusLabels } from './action-row.tsx';

const thisYear = Number(
  new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date()),
);

/** "Jullie zeiden, wij deden": actions per theme for a year, beside last year's and how they ended. */
export function ActionsPage() {
  const { me } = useSession();
  const { organisations, themes } = useStaffOptions(['board', 'researcher', 'admin']);
  const canEdit = hasRole(me, 'board', 'researcher');
  const [organisation, setOrganisation] = useState('');
  const [year, setYear] = useState(thisYear);
  const [actions, setActions] = useState<Action[] | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'notice'; text: string } | null>(null);
  const slug = organisation || organisations[0]?.slug || '';

  const load = useCallback(async () => {
    if (!slug) return;
    const res = await api.actions.$get({ query: { organisation: slug } });
    setActions((await readJson(res)).actions);
  }, [slug]);
  useEffect(() => {
    load().catch(() => setMessage({ kind: 'error', text: 'De acties konden niet geladen worden.' }));
  }, [load]);

  async function act(run: () => Promise<unknown>, success: string) {
    try {
      await run();
      await load();
      setMessage({ kind: 'notice', text: success });
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof ApiError ? `Niet opgeslagen: ${e.message}` : 'Niet opgeslagen.' });
    }
  }

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const dueOn = String(form.get('dueOn') ?? '');
    await act(async () => {
      await readJson(
        await api.actions.$post({
          json: {
            organisation: slug,
            year,
            theme: String(form.get('theme')),
            title: String(form.get('title')),
            owner: String(form.get('owner') ?? ''),
            status: String(form.get('status')) as ActionStatus,
            dueOn: dueOn || null,
          },
        }),
      );
      formElement.reset();
    }, 'Actie toegevoegd.');
  }

  const save = (id: number, changes: { status: ActionStatus; evaluation: string }) =>
    act(
      async () => readJson(await api.actions[':id'].$patch({ param: { id: String(id) }, json: changes })),
      'Actie bijgewerkt.',
    );

  const themeLabel = (code: string) => themes?.find((t) => t.code === code)?.label ?? code;
  const table = (forYear: number, caption: string) => {
    const rows = (actions ?? []).filter((a) => a.year === forYear);
    return (
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Thema</th>
            <th scope="col">Actie</th>
            <th scope="col">Eigenaar</th>
            <th scope="col">Klaar op</th>
            <th scope="col">Status</th>
            <th scope="col">Evaluatie</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={6}>Nog geen acties.</td>
            </tr>
          )}
          {rows.map((a) => (
            <ActionRow
              key={`${a.id}-${a.status}-${a.evaluation}`}
              action={a}
              themeLabel={themeLabel(a.theme)}
              canEdit={canEdit}
              onSave={save}
            />
          ))}
        </tbody>
      </table>
    );
  };

  return (
    <StaffLayout title="Jullie zeiden, wij deden">
      <div className="filters">
        {organisations.length > 1 && (
          <label>
            Organisatie{' '}
            <select value={slug} onChange={(e) => setOrganisation(e.target.value)}>
              {organisations.map((o) => (
                <option key={o.slug} value={o.slug}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          Jaar{' '}
          <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {[1, 0, -1, -2, -3].map((delta) => (
              <option key={delta} value={thisYear + delta}>
                {thisYear + delta}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div aria-live="polite">{message && <p className={message.kind}>{message.text}</p>}</div>
      {table(year, `Acties ${year}`)}
      {table(year - 1, `Acties ${year - 1} (vorig jaar) en hoe ze afliepen`)}
      {canEdit && themes && (
        <form className="card form" onSubmit={create}>
          <h2>Nieuwe actie voor {year}</h2>
          <label htmlFor="action-theme">Thema</label>
          <select id="action-theme" name="theme" required>
            {themes.map((t) => (
              <option key={t.code} value={t.code}>
                {t.label}
              </option>
            ))}
          </select>
          <label htmlFor="action-title">Wat gaan we doen?</label>
          <input id="action-title" name="title" required maxLength={300} />
          <label htmlFor="action-owner">Eigenaar (functie of team)</label>
          <input id="action-owner" name="owner" maxLength={200} />
          <label htmlFor="action-due">Klaar op (niet verplicht)</label>
          <input id="action-due" name="dueOn" type="date" />
          <label htmlFor="action-status">Status</label>
          <select id="action-status" name="status" defaultValue="gepland">
            {Object.entries(statusLabels).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
          <button type="submit">Actie toevoegen</button>
        </form>
      )}
    </StaffLayout>
  );
}
