import { useEffect, useState } from 'react';
import { api, ApiError, readJson, legacyReadJson } from '../lib/api.ts';
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

// What each action code means, for the admin who reads the log; an unknown code is shown as it is.
const actionLabels: Record<string, string> = {
  'auth.login': 'ingelogd',
  'auth.login_failed': 'inloggen mislukt',
  'auth.password_changed': 'wachtwoord gewijzigd',
  'user.create': 'account aangemaakt',
  'user.membership_added': 'rol toegevoegd',
  'user.membership_removed': 'rol verwijderd',
  'user.password_reset': 'wachtwoord opnieuw ingesteld',
  'export.requested': 'export aangevraagd',
  'export.completed': 'export klaar',
  'export.failed': 'export mislukt',
  'export.downloaded': 'export gedownload',
  'export.expired': 'export verwijderd (bewaartermijn voorbij)',
  'export.cli': 'export via de opdrachtregel',
  'report.view': 'jaarverslag bekeken',
  'invitations.generate': 'uitnodigingen gemaakt',
  'action.create': 'actie vastgelegd',
  'action.update': 'actie bijgewerkt',
  'coding.settings': 'coderingsinstellingen gewijzigd',
  'codebook.draft_from_cluster': 'codeboekversie uit cluster gemaakt',
  'story.quote_approved': 'citaat goedgekeurd',
  'story.quote_rejected': 'citaat afgewezen',
};

export function AuditPage() {
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.admin.audit
      .$get({ query: {} })
      .then((r) => legacyReadJson<{ entries: Entry[] }>(r))
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
                <td>
                  {actionLabels[e.action] ?? e.action} <code>{e.action}</code>
                </td>
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
