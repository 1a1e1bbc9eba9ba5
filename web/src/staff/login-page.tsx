import { type FormEvent, useState } from 'react';
import { api, ApiError, readJson } from '../lib/api.ts';
import { Link, navigate } from '../lib/router.tsx';
import { useSession } from './session.tsx';

export function LoginPage() {
  const { setMe } = useSession();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const me = await readJson(
        await api.auth.login.$post({
          json: { email: String(form.get('email')), password: String(form.get('password')) },
        }),
      );
      setMe(me);
      navigate(me.mustChangePassword ? '/staff/wachtwoord' : '/staff');
    } catch (e) {
      setError(e instanceof ApiError ? loginMessage(e) : 'De server geeft geen antwoord. Probeer het later opnieuw.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="page narrow">
      <h1>Inloggen voor medewerkers</h1>
      <form onSubmit={submit} className="card form" noValidate>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <label htmlFor="email">E-mailadres</label>
        <input id="email" name="email" type="email" autoComplete="username" required />
        <label htmlFor="password">Wachtwoord</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
        <button type="submit" disabled={busy}>
          {busy ? 'Bezig…' : 'Inloggen'}
        </button>
      </form>
      <p>
        <Link to="/wachtwoord-vergeten">Wachtwoord vergeten?</Link>
      </p>
    </main>
  );
}

function loginMessage(error: ApiError): string {
  switch (error.code) {
    case 'unauthorized':
      return 'Het e-mailadres of het wachtwoord klopt niet.';
    case 'rate_limited':
      return error.message;
    case 'validation_failed':
      return 'Vul je e-mailadres en wachtwoord in.';
    default:
      return error.message;
  }
}
