import { useEffect, useState } from 'react';
import { api, ApiError, readJson, type Api, type ResultOf } from '../lib/api.ts';
import { formatDateTime } from '../lib/format.ts';
import { auditSentence } from './audit-sentences.ts';
import { StaffLayout } from './staff-layout.tsx';

type Entry = ResultOf<Api['admin']['audit']['$get']>['entries'][number];

export function AuditPage() {
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [emails, setEmails] = useState<Map<number, string>>(new Map());
  useEffect(() => {
    // Accounts named by their e-mail address where the admin may see them; otherwise by number.
    api.admin.users
      .$get()
      .then((r) => readJson(r))
      .then((r) => setEmails(new Map(r.users.map((u) => [u.id, u.email]))))
      .catch(() => setEmails(new Map()));
  }, []);
  const account = (id: unknown) => (typeof id === 'number' ? (emails.get(id) ?? `nr. ${id}`) : 'onbekend');
  useEffect(() => {
    api.admin.audit
      .$get({ query: {} })
      .then((r) => readJson(r))
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
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td>{formatDateTime(e.at)}</td>
                <td>{auditSentence(e.action, e.details, account)}</td>
                <td>{e.user ?? '—'}</td>
                <td>{e.organisationName ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </StaffLayout>
  );
}
