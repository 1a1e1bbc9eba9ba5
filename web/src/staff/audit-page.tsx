import { useEffect, useState } from 'react';
import { api, ApiError, readJson } from '../lib/api.ts';
import { StaffLayout } from './staff-layout.tsx';

interface Entry {
  id: number;
  at: string;
  action: string;
  user: string | null;
  organisation: string | null;
  details: Record<string, unknown>;
}

const when = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'short',
  timeStyle: 'medium',
  timeZone: 'Europe/Amsterdam',
});

export function AuditPage() {
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.admin.audit
      .$get({ query: {} })
      .then((r) => readJson<{ entries: Entry[] }>(r))
      .then((r) => setEntries(r.entries))
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : 'Laden lukte niet.'));
  }, []);
  return (
    <StaffLayout title="Logboek">
      <p>Wie logde in, wie exporteerde of bekeek wat, en wie veranderde accounts. Tijden in Nederlandse tijd.</p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {entries === null && !error && <p>Bezig met laden…</p>}
      {entries?.length === 0 && <p>Het logboek is nog leeg.</p>}
      {entries && entries.length > 0 && (
        <table>
          <caption>De laatste {entries.length} gebeurtenissen</caption>
          <thead>
            <tr>
              <th scope="col">Tijd</th>
              <th scope="col">Wat</th>
              <th scope="col">Wie</th>
              <th scope="col">Organisatie</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{when.format(new Date(e.at))}</td>
                <td>{e.action}</td>
                <td>{e.user ?? '—'}</td>
                <td>{e.organisation ?? '—'}</td>
                <td>
                  <code>{JSON.stringify(e.details)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </StaffLayout>
  );
}
