import { useEffect, useState } from 'react';
import type { Api, ResultOf } from './lib/api.ts';
import { Link } from './lib/router.tsx';

type Setup = ResultOf<Api['setup']['$get']>;

export function HomePage() {
  // Only on an installation without any organisation: the first-run step (needs the printed setup token).
  const [setupNeeded, setSetupNeeded] = useState(false);
  useEffect(() => {
    // A plain fetch, typed by the route: this page is in the entry chunk every respondent page loads, which
    // carries none of the typed client's runtime.
    fetch('/api/setup')
      .then((r) => (r.ok ? (r.json() as Promise<Setup>) : { needed: false }))
      .then((body) => setSetupNeeded(body.needed))
      .catch(() => setSetupNeeded(false));
  }, []);
  return (
    <main className="page">
      <h1>Klankbord</h1>
      <p>
        Ouders en jongeren vertellen over school. Scholen, besturen en samenwerkingsverbanden gebruiken die verhalen om
        hun onderwijs beter te maken.
      </p>
      <p lang="en">
        Parents and young people tell about school; schools and boards use their voices in their quality cycle.
      </p>
      {setupNeeded && (
        <p>
          <Link to="/inrichten">Nieuwe organisatie inrichten</Link>
        </p>
      )}
      <p>
        <Link to="/login">Inloggen voor medewerkers</Link>
      </p>
    </main>
  );
}
