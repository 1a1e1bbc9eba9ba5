import { Link } from '../../lib/router.tsx';

/** Links between the coding screens. */
export function CodingNav() {
  return (
    <nav aria-label="Coderen" className="coding-nav">
      <Link to="/staff/coderen">Coderen</Link>
      <Link to="/staff/coderen/consensus">Consensus</Link>
      <Link to="/staff/coderen/overeenstemming">Overeenstemming</Link>
      <Link to="/staff/coderen/ontdekken">Nieuwe thema’s ontdekken</Link>
      <Link to="/staff/coderen/codeboek">Codeboek</Link>
    </nav>
  );
}
