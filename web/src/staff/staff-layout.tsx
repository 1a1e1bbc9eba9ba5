import { type ReactNode, useEffect, useRef, useState } from 'react';
import { api } from '../lib/api.ts';
import { Link, navigate, usePath } from '../lib/router.tsx';
import { useScrollableTablesFocusable } from './scrollable-tables.ts';
import { hasRole, roleLabels, useSession } from './session.tsx';

/** The annual report of the user's first organisation with a report role, for this year. */
function reportTarget(me: ReturnType<typeof useSession>['me']): string | null {
  const membership = me?.memberships.find((m) => ['board', 'researcher', 'admin'].includes(m.role) && !m.school);
  if (!membership) return null;
  const year = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date());
  return `/rapport/${membership.organisation.slug}/${year}`;
}

/** The links of the staff menu that the user's roles reach, in menu order. */
function menuLinks(me: NonNullable<ReturnType<typeof useSession>['me']>): { to: string; label: string }[] {
  const report = reportTarget(me);
  const links: [boolean, string, string][] = [
    [hasRole(me, 'researcher', 'board', 'admin', 'school'), '/staff/analyse', 'Analyse'],
    [hasRole(me, 'researcher', 'admin'), '/staff/vragenlijsten', 'Vragenlijsten'],
    [hasRole(me, 'researcher', 'admin'), '/staff/metingen', 'Metingen'],
    [hasRole(me, 'researcher'), '/staff/export', 'Export'],
    [hasRole(me, 'admin'), '/staff/organisatie', 'Organisatie'],
    [hasRole(me, 'admin'), '/staff/gebruikers', 'Gebruikers'],
    [hasRole(me, 'admin'), '/staff/logboek', 'Logboek'],
    [hasRole(me, 'steunpunt'), '/staff/signalen', 'Signaal registreren'],
    [hasRole(me, 'steunpunt', 'researcher', 'board', 'admin'), '/staff/signalen/overzicht', 'Signalen'],
    [hasRole(me, 'researcher', 'board', 'admin'), '/staff/acties', 'Acties'],
    [hasRole(me, 'researcher'), '/staff/coderen', 'Coderen'],
    [report !== null, report ?? '', 'Jaarrapport'],
    [true, '/staff/api', 'API'],
    [true, '/staff/wachtwoord', 'Wachtwoord'],
  ];
  return links.filter(([shown]) => shown).map(([, to, label]) => ({ to, label }));
}

/** The frame of every staff page: who is logged in, what they can reach, and a way out. */
export function StaffLayout({ title, children }: { title: string; children: ReactNode }) {
  const { me, setMe } = useSession();
  const path = usePath();
  // On a tablet or phone the menu folds behind a button; on a wide screen it is always shown.
  const [menuOpen, setMenuOpen] = useState(false);
  const main = useRef<HTMLElement>(null);
  useScrollableTablesFocusable(main, !!me);
  useEffect(() => {
    if (me === null) navigate('/login');
    else if (me?.mustChangePassword && window.location.pathname !== '/staff/wachtwoord') navigate('/staff/wachtwoord');
  }, [me]);
  useEffect(() => setMenuOpen(false), [path]);
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
        <div className="staff-header-bar">
          <Link to="/staff" className="staff-brand" current={path === '/staff'}>
            Klankbord
          </Link>
          <button
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls="staff-menu"
            onClick={() => setMenuOpen((open) => !open)}
          >
            Menu
          </button>
        </div>
        <nav id="staff-menu" aria-label="Medewerkers" className={menuOpen ? 'open' : undefined}>
          {menuLinks(me).map((link) => (
            <Link key={link.to} to={link.to} current={path === link.to}>
              {link.label}
            </Link>
          ))}
        </nav>
        <div className={menuOpen ? 'who open' : 'who'}>
          <span>
            {me.email} ({roles})
          </span>
          <button type="button" onClick={logout} className="link-button">
            Uitloggen
          </button>
        </div>
      </header>
      <main className="page wide" ref={main}>
        <h1>{title}</h1>
        {children}
      </main>
    </>
  );
}
