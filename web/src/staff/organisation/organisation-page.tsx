import { useCallback, useEffect, useState } from 'react';
import { api, readJson } from '../../lib/api.ts';
import { useSession } from '../session.tsx';
import { StaffLayout } from '../staff-layout.tsx';
import { BoardForm } from './board-form.tsx';
import type { Registry } from './registry-types.ts';
import { SchoolImportForm } from './school-import-form.tsx';
import { SchoolsTable } from './schools-table.tsx';
import { SettingsForm } from './settings-form.tsx';

/** The admin's organisation: boards and schools, DUO import with preview, settings. */
export function OrganisationPage() {
  const { me } = useSession();
  const seen = new Set<string>();
  const organisations = (me?.memberships ?? [])
    .filter(
      (m) => m.role === 'admin' && m.school === null && !seen.has(m.organisation.slug) && seen.add(m.organisation.slug),
    )
    .map((m) => m.organisation);
  const [chosen, setChosen] = useState('');
  const slug = chosen || organisations[0]?.slug || '';
  const [registry, setRegistry] = useState<Registry | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    if (!slug) return;
    api.organisations[':slug'].registry
      .$get({ param: { slug } })
      .then((r) => readJson(r))
      .then((r) => {
        setRegistry(r);
        setError(null);
      })
      .catch(() => setError('De scholen konden niet geladen worden. Ververs de pagina.'));
  }, [slug]);
  useEffect(load, [load]);

  return (
    <StaffLayout title="Organisatie">
      {me && organisations.length === 0 && <p>U bent van geen organisatie beheerder.</p>}
      {organisations.length > 1 && (
        <p>
          <label htmlFor="organisation-choice">Organisatie </label>
          <select id="organisation-choice" value={slug} onChange={(e) => setChosen(e.target.value)}>
            {organisations.map((o) => (
              <option key={o.slug} value={o.slug}>
                {o.name}
              </option>
            ))}
          </select>
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {registry && (
        <>
          <h2>{registry.organisation.name}</h2>
          {registry.boards.length > 0 && (
            <p>
              Besturen: {registry.boards.map((b) => (b.duoNumber ? `${b.name} (${b.duoNumber})` : b.name)).join(', ')}
            </p>
          )}
          <SchoolsTable registry={registry} onChanged={setRegistry} />
          <SchoolImportForm slug={slug} onImported={load} />
          {registry.organisation.kind === 'swv' && <BoardForm slug={slug} onAdded={load} />}
          <SettingsForm slug={slug} />
        </>
      )}
    </StaffLayout>
  );
}
