import { type FormEvent, useState } from 'react';
import { api, ApiError, readJson } from '../lib/api.ts';
import { Link } from '../lib/router.tsx';

// Field problems the api names by code, in the words of the person filling in the form.
const fieldMessages: Record<string, string> = {
  slug: 'Kies een korte naam van 2 tot 63 kleine letters, cijfers of streepjes.',
  slug_taken: 'Deze korte naam is al in gebruik.',
  name: 'Vul de naam van de organisatie in.',
  adminEmail: 'Vul een geldig e-mailadres in.',
  email_taken: 'Er is al een account met dit e-mailadres.',
  password: 'Kies een wachtwoord van minstens 12 tekens.',
  token: 'Vul de inrichtingscode in die de server bij het starten liet zien.',
  token_wrong: 'Deze inrichtingscode klopt niet. Kijk in de uitvoer van de server bij het starten.',
};

function slugOf(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63);
}

/** First run: the installation's first organisation and its admin, with the token the server printed. */
export function SetupPage() {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [done, setDone] = useState<{ email: string } | null>(null);
  const [slug, setSlug] = useState('');
  const [slugTouched, setSlugTouched] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    const local: Record<string, string> = {};
    if (value('password') !== String(form.get('repeat'))) local.repeat = 'De twee wachtwoorden zijn niet gelijk.';
    if (value('password').length < 12) local.password = fieldMessages.password!;
    setErrors(local);
    setGeneral(null);
    if (Object.keys(local).length) return;
    setBusy(true);
    try {
      await readJson(
        await api.setup.$post({
          json: {
            token: value('token'),
            name: value('name'),
            slug: value('slug'),
            kind: value('kind') === 'bestuur' ? 'bestuur' : 'swv',
            adminEmail: value('adminEmail'),
            password: String(form.get('password')),
          },
        }),
      );
      setDone({ email: value('adminEmail').toLowerCase() });
    } catch (e) {
      if (!(e instanceof ApiError)) return setGeneral('De server geeft geen antwoord. Probeer het later opnieuw.');
      if (e.code === 'conflict' && (e.details as { reason?: string } | undefined)?.reason === 'already_set_up')
        return setGeneral('Deze installatie is al ingericht. Log in met het account van de beheerder.');
      const fields: Record<string, string> = {};
      for (const [field, codes] of Object.entries((e.details ?? {}) as Record<string, string[]>))
        fields[field] = fieldMessages[codes[0] ?? ''] ?? fieldMessages[field] ?? 'Dit veld klopt niet.';
      setErrors(fields);
      if (!Object.keys(fields).length) setGeneral('Inrichten lukte niet. Probeer het opnieuw.');
    } finally {
      setBusy(false);
    }
  }

  if (done)
    return (
      <main className="page narrow">
        <h1>De organisatie is ingericht</h1>
        <p role="status">
          Log nu in als {done.email}. Daarna kunt u de scholen uit het DUO-bestand inlezen onder “Organisatie”.
        </p>
        <p>
          <Link to="/login">Naar inloggen</Link>
        </p>
      </main>
    );

  const field = (name: string) => (errors[name] ? { 'aria-invalid': true, 'aria-describedby': `${name}-error` } : {});
  const message = (name: string) =>
    errors[name] && (
      <p id={`${name}-error`} className="field-error">
        {errors[name]}
      </p>
    );
  return (
    <main className="page narrow">
      <h1>Nieuwe organisatie inrichten</h1>
      <p>
        Dit kan alleen zolang er nog geen organisatie is. U hebt de inrichtingscode nodig die de server liet zien toen
        hij startte.
      </p>
      <form onSubmit={submit} className="card form" noValidate>
        {general && (
          <p role="alert" className="error">
            {general}
          </p>
        )}
        <label htmlFor="token">Inrichtingscode</label>
        <input id="token" name="token" autoComplete="off" required {...field('token')} />
        {message('token')}
        <label htmlFor="name">Naam van de organisatie</label>
        <input
          id="name"
          name="name"
          required
          onChange={(e) => slugTouched || setSlug(slugOf(e.target.value))}
          {...field('name')}
        />
        {message('name')}
        <label htmlFor="slug">Korte naam (in adressen)</label>
        <input
          id="slug"
          name="slug"
          required
          value={slug}
          onChange={(e) => {
            setSlugTouched(true);
            setSlug(e.target.value);
          }}
          {...field('slug')}
        />
        {message('slug')}
        <fieldset>
          <legend>Soort organisatie</legend>
          <label>
            <input type="radio" name="kind" value="swv" defaultChecked /> Samenwerkingsverband
          </label>
          <label>
            <input type="radio" name="kind" value="bestuur" /> Schoolbestuur
          </label>
        </fieldset>
        <label htmlFor="adminEmail">E-mailadres van de beheerder</label>
        <input
          id="adminEmail"
          name="adminEmail"
          type="email"
          autoComplete="username"
          required
          {...field('adminEmail')}
        />
        {message('adminEmail')}
        <label htmlFor="password">Wachtwoord (minstens 12 tekens)</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={12}
          required
          {...field('password')}
        />
        {message('password')}
        <label htmlFor="repeat">Wachtwoord nog een keer</label>
        <input id="repeat" name="repeat" type="password" autoComplete="new-password" required {...field('repeat')} />
        {message('repeat')}
        <button type="submit" disabled={busy}>
          {busy ? 'Bezig…' : 'Organisatie inrichten'}
        </button>
      </form>
    </main>
  );
}
