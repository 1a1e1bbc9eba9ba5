import { type FormEvent, useState } from 'react';
import { api, ApiError, readJson } from '../lib/api.ts';
import { navigate } from '../lib/router.tsx';
import { useSession } from './session.tsx';
import { StaffLayout } from './staff-layout.tsx';

export function PasswordPage() {
  const { me, refresh } = useSession();
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const newPassword = String(form.get('newPassword'));
    if (newPassword !== String(form.get('repeat'))) return setError('De twee nieuwe wachtwoorden zijn niet gelijk.');
    try {
      await readJson(
        await api.auth.password.$post({ json: { currentPassword: String(form.get('currentPassword')), newPassword } }),
      );
      await refresh();
      navigate('/staff');
    } catch (e) {
      setError(
        e instanceof ApiError && e.key === 'current_password_wrong'
          ? e.message
          : e instanceof ApiError && e.code === 'validation_failed'
            ? 'Kies een wachtwoord van minstens 12 tekens.'
            : 'Dat lukte niet. Probeer het opnieuw.',
      );
    }
  }

  return (
    // Inside the staff layout, so the menu (and with it the way back) is there as on every staff page.
    <StaffLayout title="Nieuw wachtwoord kiezen">
      {me?.mustChangePassword && <p>Je hebt een eenmalig wachtwoord gekregen. Kies nu je eigen wachtwoord.</p>}
      <form onSubmit={submit} className="card form">
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <label htmlFor="currentPassword">Huidig wachtwoord</label>
        <input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" required />
        <label htmlFor="newPassword">Nieuw wachtwoord (minstens 12 tekens)</label>
        <input
          id="newPassword"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          minLength={12}
          required
        />
        <label htmlFor="repeat">Nieuw wachtwoord nog een keer</label>
        <input id="repeat" name="repeat" type="password" autoComplete="new-password" minLength={12} required />
        <button type="submit">Opslaan</button>
      </form>
    </StaffLayout>
  );
}
