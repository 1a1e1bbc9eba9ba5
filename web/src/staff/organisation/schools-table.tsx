import { type FormEvent, useState } from 'react';
import { api, ApiError, readJson } from '../../lib/api.ts';
import { useConfirm } from '../confirm-dialog.tsx';
import { type Registry, type RegistrySchool, type Sector, sectorLabels } from './registry-types.ts';

/** Boards and schools of the organisation; a school is edited in its own row. */
export function SchoolsTable({ registry, onChanged }: { registry: Registry; onChanged: (r: Registry) => void }) {
  const [editing, setEditing] = useState<number | null>(null);
  const boardName = new Map(registry.boards.map((b) => [b.id, b.name]));
  if (registry.schools.length === 0) return <p>Er zijn nog geen scholen. Lees ze hieronder in uit een DUO-bestand.</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Scholen">
      <table>
        <caption>Scholen ({registry.schools.length})</caption>
        <thead>
          <tr>
            <th scope="col">BRIN</th>
            <th scope="col">School</th>
            <th scope="col">Sector</th>
            <th scope="col">Gemeente</th>
            <th scope="col">Leerlingen</th>
            <th scope="col">Open links</th>
            <th scope="col">Bestuur</th>
            <th scope="col">
              <span className="visually-hidden">Acties</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {registry.schools.map((s) =>
            editing === s.id ? (
              <tr key={s.id}>
                <td colSpan={8}>
                  <SchoolEditForm
                    slug={registry.organisation.slug}
                    school={s}
                    onDone={(r) => {
                      setEditing(null);
                      if (r) onChanged(r);
                    }}
                  />
                </td>
              </tr>
            ) : (
              <tr key={s.id}>
                <td>
                  {s.brin}
                  {s.vestiging}
                </td>
                <td>
                  {s.name}
                  {s.closed && <strong> (gesloten)</strong>}
                </td>
                <td>{sectorLabels[s.sector]}</td>
                <td>{s.municipality}</td>
                <td>{s.pupils ?? 'onbekend'}</td>
                <td>{s.openLinks.length ? s.openLinks.map((l) => `/s/${l.code}`).join(', ') : 'geen'}</td>
                <td>{boardName.get(s.boardId) ?? registry.organisation.name}</td>
                <td>
                  <button type="button" onClick={() => setEditing(s.id)} aria-label={`${s.name} bewerken`}>
                    Bewerken
                  </button>
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}

function SchoolEditForm(props: { slug: string; school: RegistrySchool; onDone: (r: Registry | null) => void }) {
  const { school } = props;
  const [error, setError] = useState<string | null>(null);
  const [confirm, confirmDialog] = useConfirm();
  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const pupilsText = String(form.get('pupils') ?? '').trim();
    const pupils = pupilsText === '' ? null : Number(pupilsText);
    if (pupils !== null && (!Number.isInteger(pupils) || pupils < 0 || pupils > 100_000))
      return setError('Vul bij leerlingen een heel getal in (of laat het leeg).');
    const closed = form.get('closed') === 'on';
    // Closing a school stops its links in new waves: ask first.
    if (
      closed &&
      !school.closed &&
      !(await confirm({
        title: `${school.name} sluiten?`,
        body: 'Nieuwe metingen krijgen dan geen link voor deze school. Antwoorden die er al zijn blijven bewaard.',
        confirmLabel: 'School sluiten',
      }))
    )
      return;
    try {
      props.onDone(
        await readJson(
          await api.organisations[':slug'].schools[':id'].$patch({
            param: { slug: props.slug, id: String(school.id) },
            json: { name: String(form.get('name')).trim(), sector: form.get('sector') as Sector, pupils, closed },
          }),
        ),
      );
    } catch (e) {
      setError(
        e instanceof ApiError && e.code === 'validation_failed'
          ? 'Vul een naam in van hoogstens 200 tekens en kies een sector.'
          : 'Opslaan lukte niet. Probeer het opnieuw.',
      );
    }
  }
  const id = (name: string) => `school-${school.id}-${name}`;
  return (
    <form onSubmit={save} className="form inline-form" aria-label={`${school.name} bewerken`}>
      {confirmDialog}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <label htmlFor={id('name')}>Naam</label>
      <input id={id('name')} name="name" defaultValue={school.name} required maxLength={200} />
      <label htmlFor={id('sector')}>Sector</label>
      <select id={id('sector')} name="sector" defaultValue={school.sector}>
        {Object.entries(sectorLabels).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <label htmlFor={id('pupils')}>Leerlingen</label>
      <input id={id('pupils')} name="pupils" inputMode="numeric" defaultValue={school.pupils ?? ''} />
      <label>
        <input type="checkbox" name="closed" defaultChecked={school.closed} /> Gesloten
      </label>
      <p className="actions">
        <button type="submit">Opslaan</button>{' '}
        <button type="button" className="link-button" onClick={() => props.onDone(null)}>
          Annuleren
        </button>
      </p>
    </form>
  );
}
