import { Link } from './lib/router.tsx';

export function HomePage() {
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
      <p>
        <Link to="/login">Inloggen voor medewerkers</Link>
      </p>
    </main>
  );
}
