import { useSession } from '../session.tsx';

/** The organisations where the user codes (researcher role, whole organisation), first one chosen. */
export function useCodingOrganisations() {
  const { me } = useSession();
  const seen = new Set<string>();
  return (me?.memberships ?? [])
    .filter(
      (m) =>
        m.role === 'researcher' && m.school === null && !seen.has(m.organisation.slug) && seen.add(m.organisation.slug),
    )
    .map((m) => m.organisation);
}
