import { useEffect, useState } from 'react';
import { type Api, api, readJson, type ResultOf } from '../../lib/api.ts';
import { useSession } from '../session.tsx';

export type Theme = ResultOf<Api['signals']['themes']['$get']>['themes'][number];
type Organisations = ResultOf<Api['organisations']['$get']>;
export type School = Organisations['schools'][number];

/**
 * What the signal and action screens pick from: the active codebook's themes, the organisations where the
 * user holds one of `roles` (as a whole, not one school), and the schools under each of them.
 */
export function useStaffOptions(roles: readonly string[]) {
  const { me } = useSession();
  const [themes, setThemes] = useState<Theme[] | null>(null);
  const [registry, setRegistry] = useState<Organisations | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    Promise.all([api.signals.themes.$get().then((r) => readJson(r)), api.organisations.$get().then((r) => readJson(r))])
      .then(([t, o]) => {
        setThemes(t.themes);
        setRegistry(o);
      })
      .catch(() => setError('De thema’s en scholen konden niet geladen worden. Ververs de pagina.'));
  }, []);
  const seen = new Set<string>();
  const organisations = (me?.memberships ?? [])
    .filter(
      (m) =>
        roles.includes(m.role) && m.school === null && !seen.has(m.organisation.slug) && seen.add(m.organisation.slug),
    )
    .map((m) => m.organisation);
  const schoolsUnder = (slug: string): School[] => {
    const ids = new Set(registry?.organisations.find((o) => o.slug === slug)?.schoolIds ?? []);
    return (registry?.schools ?? []).filter((s) => ids.has(s.id));
  };
  return { themes, organisations, schoolsUnder, error };
}
