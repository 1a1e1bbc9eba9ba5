import { RouterProvider, usePath } from './lib/router.tsx';
import { HomePage } from './home-page.tsx';
import { AuditPage } from './staff/audit-page.tsx';
import { LoginPage } from './staff/login-page.tsx';
import { PasswordPage } from './staff/password-page.tsx';
import { SessionProvider } from './staff/session.tsx';
import { StaffHome } from './staff/staff-layout.tsx';
import { UsersPage } from './staff/users-page.tsx';

function Routes() {
  const path = usePath();
  switch (path.replace(/\/$/, '') || '/') {
    case '/':
      return <HomePage />;
    case '/login':
      return <LoginPage />;
    case '/staff':
      return <StaffHome />;
    case '/staff/wachtwoord':
      return <PasswordPage />;
    case '/staff/gebruikers':
      return <UsersPage />;
    case '/staff/logboek':
      return <AuditPage />;
    default:
      return (
        <main className="page">
          <h1>Deze pagina bestaat niet</h1>
          <p>
            <a href="/">Naar de startpagina</a>
          </p>
        </main>
      );
  }
}

export function App() {
  return (
    <RouterProvider>
      <SessionProvider>
        <Routes />
      </SessionProvider>
    </RouterProvider>
  );
}
