import { type ReactNode, useEffect } from 'react';
import { api } from '../lib/api.ts';
import { Link, navigate } from '../lib/router.tsx';
import { hasRole, roleLabels, useSession } from './session.tsx';

/** The annual report of the user's first organisation with a report role, for this year. */
function reportTarget(me: ReturnType<typeof useSession>['me']): string | null {
  const membership = me?.memberships.find((m) => ['board', 'researcher', 'admin'].includes(m.role) && !m.school);
  if (!membership) return null;
  const year = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date());
  return `/rapport/${membership.organisation.slug}/${year}`;
}

/** The frame of every staff page: who is logged in, what they can reach, and a way out. */
export function StaffLayout({ title, children }: { title: string; children: ReactNode }) {
  const { me, setMe } = useSession();
  useEffect(() => {
    if (me === null) navigate('/login');
    else if (me?.mustChangePassword && window.location.pathname !== '/staff/wachtwoord') navigate('/staff/wachtwoord');
  }, [me]);
  if (!me)
    return (
      <main className="page">
        <p>Bezig met laden…</p>
      </main>
    );
  async function logout() {
    await api.auth.logout.$post();
    setMe(null);
    navigate('/login');
  }
  const roles = [...new Set(me.memberships.map((m) => roleLabels[m.role] ?? m.role))].join(', ');
  return (
    <>
      <header className="staff-header">
        <nav aria-label="Medewerkers">
          <Link to="/staff">Klankbord</Link>
          {hasRole(me, 'researcher', 'board', 'admin', 'school') && <Link to="/staff/analyse">Analyse</Link>}
          {hasRole(me, 'researcher', 'admin') && <Link to="/staff/vragenlijsten">Vragenlijsten</Link>}
          {hasRole(me, 'researcher', 'admin') && <Link to="/staff/metingen">Metingen</Link>}
          {hasRole(me, 'researcher') && <Link to="/staff/export">Export</Link>}
          {hasRole(me, 'admin') && <Link to="/staff/organisatie">Organisatie</Link>}
          {hasRole(me, 'admin') && <Link to="/staff/gebruikers">Gebruikers</Link>}
          {hasRole(me, 'admin') && <Link to="/staff/logboek">Logboek</Link>}
          {hasRole(me, 'steunpunt') && <Link to="/staff/signalen">Signaal registreren</Link>}
          {hasRole(me, 'steunpunt', 'researcher', 'board', 'admin') && (
            <Link to="/staff/signalen/overzicht">Signalen</Link>
          )}
          {hasRole(me, 'researcher', 'board', 'admin') && <Link to="/staff/acties">Acties</Link>}
          {hasRole(me, 'researcher') && <Link to="/staff/coderen">Coderen</Link>}
          {reportTarget(me) && <Link to={reportTarget(me)!}>Jaarrapport</Link>}
          <Link to="/staff/api">API</Link>
          <Link to="/staff/wachtwoord">Wachtwoord</Link>
        </nav>
        <div className="who">
          <span>
            {me.email} ({roles})
          </span>
          <button type="button" onClick={logout} className="link-button">
            Uitloggen
          </button>
        </div>
      </header>
      <main className="page wide">
        <h1>{title}</h1>
        {children}
      </main>
    </>
  );
}

export function StaffHome() {
  const { me } = useSession();
  return (
    <StaffLayout title="Welkom">
      <ul className="memberships">
        {me?.memberships.map((m, i) => (
          <li key={i}>
            <strong>{roleLabels[m.role] ?? m.role}</strong> bij{' '}
            {m.school ? `${m.school.name} (${m.organisation.name})` : m.organisation.name}
          </li>
        ))}
      </ul>
    </StaffLayout>
  );
}
