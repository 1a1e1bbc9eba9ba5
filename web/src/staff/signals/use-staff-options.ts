import { useEffect, useState } from 'react';
import { api, legacyReadJson } from '../../lib/api.ts';
import { useSession } from '../session.tsx';

export interface Theme {
  code: string;
  label: string;
}
export interface School {
  id: number;
  name: string;
  sector: 'po' | 'vo' | 'so' | 'sbo' | 'mbo';
  organisation_id: number;
}
interface Organisations {
  organisations: { id: number; slug: string; name: string; schoolIds: number[] }[];
  schools: School[];
}

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
    Promise.all([
      api.signals.themes.$get().then((r) => legacyReadJson<{ themes: Theme[] }>(r)),
      api.organisations.$get().then((r) => legacyReadJson<Organisations>(r)),
    ])
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
