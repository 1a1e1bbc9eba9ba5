import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { type Api, api, readJson, type ResultOf } from '../lib/api.ts';

/** The signed-in account as `GET /api/auth/me` (and the login) answers it. */
export type Me = ResultOf<Api['auth']['me']['$get']>;

interface SessionState {
  me: Me | null | undefined; // undefined while loading
  refresh: () => Promise<void>;
  setMe: (me: Me | null) => void;
}

const SessionContext = createContext<SessionState>({ me: undefined, refresh: async () => {}, setMe: () => {} });

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const refresh = useCallback(async () => {
    const res = await api.auth.me.$get();
    setMe(res.ok ? await readJson(res) : null);
  }, []);
  useEffect(() => {
    refresh().catch(() => setMe(null));
  }, [refresh]);
  return <SessionContext.Provider value={{ me, refresh, setMe }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  return useContext(SessionContext);
}

export function hasRole(me: Me | null | undefined, ...roles: string[]): boolean {
  return !!me?.memberships.some((m) => roles.includes(m.role));
}

export const roleLabels: Record<string, string> = {
  admin: 'Beheerder',
  researcher: 'Onderzoeker',
  board: 'Bestuur',
  school: 'School',
  steunpunt: 'Steunpunt',
};
