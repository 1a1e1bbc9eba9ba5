import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { api, ApiError, readJson, legacyReadJson } from '../lib/api.ts';
import { roleLabels } from './session.tsx';
import { StaffLayout } from './staff-layout.tsx';

interface User {
  id: number;
  email: string;
  name: string;
  disabled: boolean;
  mustChangePassword: boolean;
  memberships: {
    id: number;
    role: string;
    organisation: { slug: string; name: string };
    school: { id: number; name: string } | null;
  }[];
}
interface Organisations {
  organisations: { id: number; slug: string; name: string; kind: string }[];
  schools: { id: number; name: string; brin: string; organisation_id: number }[];
}
type Role = 'admin' | 'researcher' | 'board' | 'school' | 'steunpunt';

export function UsersPage() {
  const [users, setUsers] = useState<User[] | null>(null);
  const [orgs, setOrgs] = useState<Organisations | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);

  const load = useCallback(async () => {
    setUsers((await legacyReadJson<{ users: User[] }>(await api.admin.users.$get())).users);
  }, []);
  useEffect(() => {
    load().catch((e: unknown) =>
      setMessage({ kind: 'error', text: e instanceof ApiError ? e.message : 'Laden lukte niet.' }),
    );
    api.organisations
      .$get()
      .then((r) => legacyReadJson<Organisations>(r))
      .then(setOrgs)
      .catch(() => {});
  }, [load]);

  async function act(run: () => Promise<unknown>, success: string) {
    try {
      await run();
      setMessage({ kind: 'info', text: success });
      await load();
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof ApiError ? e.message : 'Dat lukte niet.' });
    }
  }

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const role = String(form.get('role')) as Role;
    const schoolId = role === 'school' ? Number(form.get('schoolId')) : undefined;
    await act(async () => {
      const created = await legacyReadJson<{ oneTimePassword: string }>(
        await api.admin.users.$post({
          json: {
            email: String(form.get('email')),
            name: String(form.get('name')),
            role,
            organisation: String(form.get('organisation')),
            schoolId,
          },
        }),
      );
      formElement.reset();
      setTimeout(() =>
        setMessage({
          kind: 'info',
          text: `Account gemaakt. Eenmalig wachtwoord: ${created.oneTimePassword} (geef het veilig door; het wordt niet nog eens getoond).`,
        }),
      );
    }, 'Account gemaakt.');
  }

  async function addRole(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const role = String(form.get('role')) as Role;
    const schoolId = role === 'school' ? Number(form.get('schoolId')) : undefined;
    await act(
      async () =>
        readJson(
          await api.admin.users[':id'].memberships.$post({
            param: { id: String(form.get('userId')) },
            json: { role, organisation: String(form.get('organisation')), schoolId },
          }),
        ),
      'Rol toegevoegd.',
    );
  }

  return (
    <StaffLayout title="Gebruikers">
      <div aria-live="polite">
        {message && (
          <p
            className={message.kind === 'error' ? 'error' : 'notice'}
            role={message.kind === 'error' ? 'alert' : undefined}
          >
            {message.text}
          </p>
        )}
      </div>
      {users === null ? (
        <p>Bezig met laden…</p>
      ) : users.length === 0 ? (
        <p>Nog geen gebruikers in jouw organisaties.</p>
      ) : (
        <table>
          <caption>Accounts in jouw organisaties</caption>
          <thead>
            <tr>
              <th scope="col">E-mail</th>
              <th scope="col">Rollen</th>
              <th scope="col">Status</th>
              <th scope="col">Acties</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>
                  {u.email}
                  {u.name && <div className="muted">{u.name}</div>}
                </td>
                <td>
                  <ul className="plain">
                    {u.memberships.map((m) => (
                      <li key={m.id}>
                        {roleLabels[m.role] ?? m.role} — {m.school ? m.school.name : m.organisation.name}{' '}
                        <button
                          type="button"
                          className="link-button"
                          onClick={() =>
                            act(
                              async () =>
                                readJson(await api.admin.memberships[':id'].$delete({ param: { id: String(m.id) } })),
                              'Rol verwijderd.',
                            )
                          }
                          aria-label={`Rol ${roleLabels[m.role]} van ${u.email} verwijderen`}
                        >
                          verwijderen
                        </button>
                      </li>
                    ))}
                  </ul>
                </td>
                <td>{u.disabled ? 'Uitgeschakeld' : u.mustChangePassword ? 'Moet wachtwoord kiezen' : 'Actief'}</td>
                <td className="actions">
                  {u.disabled ? (
                    <button
                      type="button"
                      onClick={() =>
                        act(
                          async () =>
                            readJson(await api.admin.users[':id'].enable.$post({ param: { id: String(u.id) } })),
                          'Account ingeschakeld.',
                        )
                      }
                    >
                      Inschakelen
                    </button>
                  ) : (
                    <button
                      type="button"
                      onClick={() =>
                        act(
                          async () =>
                            readJson(await api.admin.users[':id'].disable.$post({ param: { id: String(u.id) } })),
                          'Account uitgeschakeld; sessies zijn beëindigd.',
                        )
                      }
                    >
                      Uitschakelen
                    </button>
                  )}
                  <button
                    type="button"
                    onClick={() =>
                      act(async () => {
                        const r = await legacyReadJson<{ oneTimePassword: string }>(
                          await api.admin.users[':id']['reset-password'].$post({ param: { id: String(u.id) } }),
                        );
                        setTimeout(() =>
                          setMessage({
                            kind: 'info',
                            text: `Nieuw eenmalig wachtwoord voor ${u.email}: ${r.oneTimePassword}`,
                          }),
                        );
                      }, 'Wachtwoord opnieuw ingesteld.')
                    }
                  >
                    Nieuw wachtwoord
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Nieuw account</h2>
      <form onSubmit={create} className="card form">
        <label htmlFor="new-email">E-mailadres</label>
        <input id="new-email" name="email" type="email" required />
        <label htmlFor="new-name">Naam (mag leeg)</label>
        <input id="new-name" name="name" type="text" />
        <MembershipFields idPrefix="new" orgs={orgs} />
        <button type="submit">Account maken</button>
      </form>
      {users && users.length > 0 && (
        <>
          <h2>Rol toevoegen aan een bestaand account</h2>
          <form onSubmit={addRole} className="card form">
            <label htmlFor="add-user">Account</label>
            <select id="add-user" name="userId">
              {users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.email}
                </option>
              ))}
            </select>
            <MembershipFields idPrefix="add" orgs={orgs} />
            <button type="submit">Rol toevoegen</button>
          </form>
        </>
      )}
    </StaffLayout>
  );
}

/** Role, organisation and (for the school role) school: the fields of a membership. */
function MembershipFields({ idPrefix, orgs }: { idPrefix: string; orgs: Organisations | null }) {
  return (
    <>
      <label htmlFor={`${idPrefix}-role`}>Rol</label>
      <select id={`${idPrefix}-role`} name="role" defaultValue="researcher">
        {Object.entries(roleLabels).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <label htmlFor={`${idPrefix}-organisation`}>Organisatie</label>
      <select id={`${idPrefix}-organisation`} name="organisation">
        {orgs?.organisations.map((o) => (
          <option key={o.slug} value={o.slug}>
            {o.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${idPrefix}-school`}>School (alleen voor de rol School)</label>
      <select id={`${idPrefix}-school`} name="schoolId">
        {orgs?.schools.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name} ({s.brin})
          </option>
        ))}
      </select>
    </>
  );
}
