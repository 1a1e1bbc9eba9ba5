import { type FormEvent, useState } from 'react';
import { api, readJson } from '../../lib/api.ts';
import { changeField, importErrorLines } from './import-messages.ts';
import { type ImportReport, type Sector, sectorLabels } from './registry-types.ts';

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

/** DUO import in two steps: a preview of what would change, then (after the admin agrees) the import. */
export function SchoolImportForm({ slug, onImported }: { slug: string; onImported: () => void }) {
  const [request, setRequest] = useState<{ schools: string; pupils?: string; sector?: Sector } | null>(null);
  const [preview, setPreview] = useState<ImportReport | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(body: NonNullable<typeof request>, dryRun: boolean): Promise<ImportReport> {
    return readJson(
      await api.organisations[':slug'].schools.import.$post({ param: { slug }, json: { ...body, dryRun } }),
    );
  }

  async function showPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const schools = form.get('schools');
    const pupils = form.get('pupils');
    const sector = String(form.get('sector') ?? '');
    setPreview(null);
    setDone(null);
    if (!(schools instanceof File) || schools.size === 0)
      return setErrors(['Kies eerst het DUO-bestand met vestigingen.']);
    setBusy(true);
    try {
      const body = {
        schools: await base64Of(schools),
        ...(pupils instanceof File && pupils.size > 0 && { pupils: await base64Of(pupils) }),
        ...(sector && { sector: sector as Sector }),
      };
      setPreview(await send(body, true));
      setRequest(body);
      setErrors([]);
    } catch (e) {
      setErrors(importErrorLines(e));
    } finally {
      setBusy(false);
    }
  }

  async function commit() {
    if (!request) return;
    setBusy(true);
    try {
      const report = await send(request, false);
      setPreview(null);
      setRequest(null);
      setDone(
        `Ingelezen: ${report.counts.added} toegevoegd, ${report.counts.updated} bijgewerkt, ${report.counts.unchanged} ongewijzigd.`,
      );
      onImported();
    } catch (e) {
      setErrors(importErrorLines(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="import-title" className="card">
      <h2 id="import-title">Scholen inlezen uit DUO</h2>
      <p className="muted">
        Een bestand van DUO Open Onderwijsdata (puntkomma’s, met kopregel), bijvoorbeeld “Alle schoolvestigingen
        basisonderwijs”. Eerst ziet u wat er verandert; pas daarna leest u het in.
      </p>
      <form onSubmit={showPreview} className="form">
        <label htmlFor="duo-schools">Bestand met vestigingen</label>
        <input id="duo-schools" name="schools" type="file" accept=".csv,text/csv" />
        <label htmlFor="duo-pupils">Leerlingen per vestiging (niet verplicht)</label>
        <input id="duo-pupils" name="pupils" type="file" accept=".csv,text/csv" />
        <label htmlFor="duo-sector">Sector van alle scholen in het bestand</label>
        <select id="duo-sector" name="sector" defaultValue="">
          <option value="">Staat in het bestand</option>
          {Object.entries(sectorLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <button type="submit" disabled={busy}>
          {busy && !preview ? 'Bezig…' : 'Bekijk wat er verandert'}
        </button>
      </form>
      {errors.length > 0 && (
        <div role="alert" className="error">
          {errors.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      )}
      {done && (
        <p role="status" className="notice">
          {done}
        </p>
      )}
      {preview && <ImportPreview report={preview} busy={busy} onCommit={commit} onCancel={() => setPreview(null)} />}
    </section>
  );
}

function ImportPreview(props: { report: ImportReport; busy: boolean; onCommit: () => void; onCancel: () => void }) {
  const { counts, added, updated, missing, boardsAdded } = props.report;
  const nothing = counts.added === 0 && counts.updated === 0;
  return (
    <div aria-labelledby="preview-title" role="region" className="import-preview">
      <h3 id="preview-title">Voorbeeld: dit verandert er</h3>
      <ul>
        <li>{counts.added} scholen toegevoegd</li>
        <li>{counts.updated} scholen bijgewerkt</li>
        <li>{counts.unchanged} scholen ongewijzigd</li>
        <li>{counts.missing} scholen staan niet meer in het bestand (ze blijven bestaan)</li>
        {counts.boardsAdded > 0 && <li>{counts.boardsAdded} besturen toegevoegd</li>}
      </ul>
      {boardsAdded.length > 0 && <p>Nieuwe besturen: {boardsAdded.map((b) => `${b.name} (${b.number})`).join(', ')}</p>}
      {added.length > 0 && (
        <details open={added.length <= 20}>
          <summary>Toegevoegd</summary>
          <ul>
            {added.map((s) => (
              <li key={s.brin + s.vestiging}>
                {s.brin}
                {s.vestiging} {s.name} ({sectorLabels[s.sector]}, {s.municipality})
              </li>
            ))}
          </ul>
        </details>
      )}
      {updated.length > 0 && (
        <details open>
          <summary>Bijgewerkt</summary>
          <ul>
            {updated.map((s) => (
              <li key={s.brin + s.vestiging}>
                {s.brin}
                {s.vestiging} {s.name}:{' '}
                {s.changes.map((c) => `${changeField(c.field)} “${c.from}” wordt “${c.to}”`).join(', ')}
              </li>
            ))}
          </ul>
        </details>
      )}
      {missing.length > 0 && (
        <details open>
          <summary>Niet meer in het bestand</summary>
          <ul>
            {missing.map((s) => (
              <li key={s.brin + s.vestiging}>
                {s.brin}
                {s.vestiging} {s.name} — blijft bestaan; zet de school op “gesloten” als ze dicht is.
              </li>
            ))}
          </ul>
        </details>
      )}
      <p className="actions">
        <button type="button" onClick={props.onCommit} disabled={props.busy || nothing}>
          {props.busy ? 'Bezig…' : nothing ? 'Er is niets te veranderen' : 'Inlezen'}
        </button>{' '}
        <button type="button" className="link-button" onClick={props.onCancel}>
          Annuleren
        </button>
      </p>
    </div>
  );
}
