import { useEffect, useState } from 'react';
import { api } from './lib/api.ts';

type Health = { status: 'ok'; database: 'pglite' | 'postgres'; migration: string | null };

export function App() {
  const [health, setHealth] = useState<Health | 'error' | null>(null);
  useEffect(() => {
    api.health
      .$get()
      .then((res) => res.json())
      .then(setHealth)
      .catch(() => setHealth('error'));
  }, []);

  return (
    <main className="page">
      <h1>Klankbord</h1>
      <p lang="nl">
        Ouders en jongeren vertellen over school. Scholen, besturen en samenwerkingsverbanden gebruiken die verhalen
        om hun onderwijs beter te maken.
      </p>
      <p lang="en">Parents and young people tell about school; schools and boards use their voices in their quality cycle.</p>
      <section aria-labelledby="status-title" className="card">
        <h2 id="status-title">Status</h2>
        {health === null && <p>Bezig met laden…</p>}
        {health === 'error' && <p role="alert">De server geeft geen antwoord. Probeer het later opnieuw.</p>}
        {health && health !== 'error' && (
          <dl>
            <dt>Database</dt>
            <dd>{health.database === 'pglite' ? 'ingebouwd (PGlite)' : 'PostgreSQL'}</dd>
            <dt>Schema</dt>
            <dd>{health.migration ?? 'nog niet gemigreerd'}</dd>
          </dl>
        )}
      </section>
    </main>
  );
}
