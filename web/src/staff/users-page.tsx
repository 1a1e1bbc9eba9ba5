import { type FormEvent, type ReactNode, useCallback, useEffect, useState } from 'react';
import type { InferRequestType } from 'hono/client';
import { type Api, api, ApiError, readJson, type ResultOf } from '../lib/api.ts';
import { roleLabels } from './session.tsx';
import { useConfirm } from './confirm-dialog.tsx';
import { OneTimeSecret } from './one-time-secret.tsx';
import { StaffLayout } from './staff-layout.tsx';

type User = ResultOf<Api['admin']['users']['$get']>['users'][number];
type Organisations = ResultOf<Api['organisations']['$get']>;
type Role = InferRequestType<Api['admin']['users']['$post']>['json']['role'];

type Message = { kind: 'error' | 'info'; text: string };
/** Feedback shown where it happened: at a form ('create', 'add') or in an account's row. */
type Place = 'create' | 'add' | number;

/** The one role that belongs to a school rather than an organisation (the API refuses a school for any other). */
const needsSchool = (role: string) => role === 'school';

const errorText = (e: unknown, fallback: string) => (e instanceof ApiError ? e.message : fallback);

/** A message at its place, inside a live region that is always there so the change is announced. */
function PlaceMessage({ message, children }: { message: Message | undefined; children?: ReactNode }) {
  return (
    <div role="status" aria-live="polite">
      {message && <p className={message.kind === 'error' ? 'error' : 'notice'}>{message.text}</p>}
      {children}
    </div>
  );
}

export function UsersPage() {
  const [users, setUsers] = useState<User[] | null>(null);
  const [orgs, setOrgs] = useState<Organisations | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [messages, setMessages] = useState<Map<Place, Message>>(new Map());
  const [secret, setSecret] = useState<{ place: Place; intro: string; password: string } | null>(null);
  const [confirm, confirmDialog] = useConfirm();
  const [newAccountFields, setNewAccountFields] = useState(0);
  const say = (place: Place, message: Message | null) =>
    setMessages((current) => {
      const next = new Map(current);
      if (message) next.set(place, message);
      else next.delete(place);
      return next;
    });

  const load = useCallback(async () => {
    setUsers((await readJson(api.admin.users.$get())).users);
  }, []);
  useEffect(() => {
    load().catch((e: unknown) => setLoadError(errorText(e, 'Laden lukte niet.')));
    api.organisations
      .$get()
      .then((r) => readJson(r))
      .then(setOrgs)
      .catch(() => setOrgs({ organisations: [], schools: [] }));
  }, [load]);

  async function act(place: Place, run: () => Promise<unknown>, success: string | null) {
    say(place, null);
    setSecret(null);
    try {
      await run();
      if (success) say(place, { kind: 'info', text: success });
      await load();
    } catch (e) {
      say(place, { kind: 'error', text: errorText(e, 'Dat lukte niet.') });
    }
  }

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const role = String(form.get('role')) as Role;
    const schoolId = needsSchool(role) ? Number(form.get('schoolId')) : undefined;
    const email = String(form.get('email'));
    await act(
      'create',
      async () => {
        const created = await readJson(
          await api.admin.users.$post({
            json: {
              email,
              name: String(form.get('name')),
              role,
              organisation: String(form.get('organisation')),
              schoolId,
            },
          }),
        );
        formElement.reset();
        // The role's field is the component's state, which a form reset does not reach: it starts again.
        setNewAccountFields((n) => n + 1);
        setSecret({ place: 'create', intro: `Account voor ${email} gemaakt.`, password: created.oneTimePassword });
      },
      null,
    );
  }

  async function addRole(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const role = String(form.get('role')) as Role;
    const schoolId = needsSchool(role) ? Number(form.get('schoolId')) : undefined;
    await act(
      'add',
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

  async function removeRole(u: User, m: User['memberships'][number]) {
    const where = m.school ? m.school.name : m.organisation.name;
    const ok = await confirm({
      title: `Rol ${roleLabels[m.role] ?? m.role} van ${u.email} verwijderen?`,
      body: `${u.email} verliest de rol bij ${where} en wordt uitgelogd.`,
      confirmLabel: 'Rol verwijderen',
    });
    if (!ok) return;
    await act(
      u.id,
      async () => readJson(await api.admin.memberships[':id'].$delete({ param: { id: String(m.id) } })),
      `Rol ${roleLabels[m.role] ?? m.role} verwijderd.`,
    );
  }

  async function disable(u: User) {
    const ok = await confirm({
      title: `Account ${u.email} uitschakelen?`,
      body: 'Het account kan niet meer inloggen en alle sessies eindigen. Inschakelen kan later weer.',
      confirmLabel: 'Uitschakelen',
    });
    if (!ok) return;
    await act(
      u.id,
      async () => readJson(await api.admin.users[':id'].disable.$post({ param: { id: String(u.id) } })),
      'Account uitgeschakeld; sessies zijn beëindigd.',
    );
  }

  async function resetPassword(u: User) {
    const ok = await confirm({
      title: `Nieuw wachtwoord voor ${u.email}?`,
      body: 'Het huidige wachtwoord werkt dan niet meer en alle sessies eindigen. Je krijgt een eenmalig wachtwoord om door te geven.',
      confirmLabel: 'Nieuw wachtwoord maken',
    });
    if (!ok) return;
    await act(
      u.id,
      async () => {
        const r = await readJson(await api.admin.users[':id']['reset-password'].$post({ param: { id: String(u.id) } }));
        setSecret({ place: u.id, intro: `Nieuw wachtwoord voor ${u.email}.`, password: r.oneTimePassword });
      },
      null,
    );
  }

  const secretAt = (place: Place) =>
    secret?.place === place && <OneTimeSecret intro={secret.intro} secret={secret.password} />;

  return (
    <StaffLayout title="Gebruikers">
      {confirmDialog}
      {loadError ? (
        <p className="error" role="alert">
          {loadError}
        </p>
      ) : users === null ? (
        <p>Bezig met laden…</p>
      ) : users.length === 0 ? (
        <p>Nog geen gebruikers in jouw organisaties.</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Accounts">
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
                            onClick={() => void removeRole(u, m)}
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
                          void act(
                            u.id,
                            async () =>
                              readJson(await api.admin.users[':id'].enable.$post({ param: { id: String(u.id) } })),
                            'Account ingeschakeld.',
                          )
                        }
                      >
                        Inschakelen
                      </button>
                    ) : (
                      <button type="button" onClick={() => void disable(u)} aria-label={`${u.email} uitschakelen`}>
                        Uitschakelen
                      </button>
                    )}
                    <button
                      type="button"
                      onClick={() => void resetPassword(u)}
                      aria-label={`Nieuw wachtwoord voor ${u.email}`}
                    >
                      Nieuw wachtwoord
                    </button>
                    <PlaceMessage message={messages.get(u.id)}>{secretAt(u.id)}</PlaceMessage>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>Nieuw account</h2>
      <form onSubmit={create} className="card form">
        <label htmlFor="new-email">E-mailadres</label>
        <input id="new-email" name="email" type="email" required />
        <label htmlFor="new-name">Naam (mag leeg)</label>
        <input id="new-name" name="name" type="text" />
        <MembershipFields key={newAccountFields} idPrefix="new" orgs={orgs} />
        <button type="submit">Account maken</button>
        <PlaceMessage message={messages.get('create')}>{secretAt('create')}</PlaceMessage>
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
            <PlaceMessage message={messages.get('add')} />
          </form>
        </>
      )}
    </StaffLayout>
  );
}

/**
 * Role, organisation and, only for a role that needs one, the school: nothing is preselected there, and
 * another role lets go of it (the field goes, and comes back empty).
 */
function MembershipFields({ idPrefix, orgs }: { idPrefix: string; orgs: Organisations | null }) {
  const [role, setRole] = useState('researcher');
  return (
    <>
      <label htmlFor={`${idPrefix}-role`}>Rol</label>
      <select id={`${idPrefix}-role`} name="role" value={role} onChange={(e) => setRole(e.target.value)}>
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
      {needsSchool(role) && (
        <>
          <label htmlFor={`${idPrefix}-school`}>School</label>
          <select id={`${idPrefix}-school`} name="schoolId" defaultValue="" required>
            <option value="" disabled>
              Kies een school
            </option>
            {orgs?.schools.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.brin})
              </option>
            ))}
          </select>
        </>
      )}
    </>
  );
}
