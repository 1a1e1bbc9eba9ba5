import { type FormEvent, useEffect, useState } from 'react';
import { api, ApiError, readJson } from '../lib/api.ts';
import { Link } from '../lib/router.tsx';

/** "Wachtwoord vergeten?": a link by e-mail when the installation sends mail, else: ask the admin. */
export function ForgotPasswordPage() {
  const [byEmail, setByEmail] = useState<boolean | null>(null);
  const [state, setState] = useState<'idle' | 'busy' | 'sent' | string>('idle');
  useEffect(() => {
    api.auth['password-reset']
      .$get()
      .then((r) => readJson(r))
      .then((body) => setByEmail(body.byEmail))
      .catch(() => setByEmail(false));
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('email') ?? '').trim();
    if (!email.includes('@')) return setState('Vul je e-mailadres in.');
    setState('busy');
    try {
      await readJson(api.auth['password-reset'].request.$post({ json: { email } }));
      setState('sent');
    } catch (e) {
      setState(
        e instanceof ApiError && e.code === 'rate_limited'
          ? 'Te vaak gevraagd. Probeer het over een kwartier opnieuw.'
          : 'Dat lukte niet. Probeer het later opnieuw.',
      );
    }
  }

  return (
    <main className="page narrow">
      <h1>Wachtwoord vergeten</h1>
      {byEmail === null ? (
        <p>Bezig met laden…</p>
      ) : !byEmail ? (
        <p className="notice">
          Vraag de beheerder van je organisatie om een nieuw wachtwoord. Je krijgt dan een eenmalig wachtwoord en kiest
          daarna zelf een nieuw wachtwoord.
        </p>
      ) : state === 'sent' ? (
        <p className="notice" role="status">
          Als er een account bij dit e-mailadres hoort, krijg je binnen een paar minuten een e-mail met een link. De
          link werkt één keer en blijft een uur geldig.
        </p>
      ) : (
        <form onSubmit={submit} className="card form" noValidate>
          <p>
            Vul het e-mailadres van je account in. Je krijgt een e-mail met een link om een nieuw wachtwoord te kiezen.
          </p>
          <label htmlFor="forgot-email">E-mailadres</label>
          <input id="forgot-email" name="email" type="email" autoComplete="username" required />
          <button type="submit" disabled={state === 'busy'}>
            {state === 'busy' ? 'Bezig…' : 'Stuur de link'}
          </button>
          <div role="status" aria-live="polite">
            {state !== 'idle' && state !== 'busy' && <p className="error">{state}</p>}
          </div>
        </form>
      )}
      <p>
        <Link to="/login">Terug naar inloggen</Link>
      </p>
    </main>
  );
}

const linkProblems: Record<string, string> = {
  used: 'Deze link is al gebruikt. Vraag een nieuwe link aan als je opnieuw een wachtwoord wilt kiezen.',
  expired: 'Deze link is verlopen (hij blijft een uur geldig). Vraag een nieuwe link aan.',
  unknown: 'Deze link klopt niet. Kopieer de hele link uit de e-mail, of vraag een nieuwe link aan.',
};

const hasField = (details: unknown, field: string) =>
  typeof details === 'object' && details !== null && field in details;

/** The page the mailed link opens: the token is in the fragment, never sent to a server by the browser. */
export function ResetPasswordPage() {
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
  const [error, setError] = useState<string | null>(token ? null : (linkProblems.unknown ?? null));
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const newPassword = String(form.get('newPassword'));
    if (newPassword !== String(form.get('repeat'))) return setError('De twee wachtwoorden zijn niet gelijk.');
    if ([...newPassword].length < 12) return setError('Kies een wachtwoord van minstens 12 tekens.');
    setError(null);
    try {
      await readJson(api.auth['password-reset'].$post({ json: { token, newPassword } }));
      setDone(true);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'gone') {
        const reason = (e.details as { reason?: string } | undefined)?.reason ?? 'unknown';
        setError(linkProblems[reason] ?? linkProblems.unknown ?? null);
      } else if (e instanceof ApiError && e.code === 'validation_failed' && hasField(e.details, 'token'))
        // A token cut short when the link was copied is a broken link, not a weak password.
        setError(linkProblems.unknown ?? null);
      else if (e instanceof ApiError && e.code === 'validation_failed')
        setError(
          'Dit wachtwoord is te makkelijk te raden (een bekend wachtwoord, een patroon of herhaling). Kies een ander.',
        );
      else if (e instanceof ApiError && e.code === 'rate_limited')
        setError('Te vaak geprobeerd. Probeer het later opnieuw.');
      else setError('Dat lukte niet. Probeer het later opnieuw.');
    }
  }

  return (
    <main className="page narrow">
      <h1>Nieuw wachtwoord kiezen</h1>
      {done ? (
        <p className="notice" role="status">
          Je nieuwe wachtwoord is opgeslagen. <Link to="/login">Log in met je nieuwe wachtwoord</Link>.
        </p>
      ) : (
        <form onSubmit={submit} className="card form">
          <div role="alert">{error && <p className="error">{error}</p>}</div>
          <label htmlFor="reset-new">Nieuw wachtwoord (minstens 12 tekens)</label>
          <input
            id="reset-new"
            name="newPassword"
            type="password"
            autoComplete="new-password"
            minLength={12}
            required
          />
          <label htmlFor="reset-repeat">Nieuw wachtwoord nog een keer</label>
          <input id="reset-repeat" name="repeat" type="password" autoComplete="new-password" minLength={12} required />
          <button type="submit">Opslaan</button>
        </form>
      )}
      <p>
        <Link to="/wachtwoord-vergeten">Nieuwe link aanvragen</Link> · <Link to="/login">Terug naar inloggen</Link>
      </p>
    </main>
  );
}
