import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { api, legacyReadJson } from '../lib/api.ts';

export interface Me {
  id: number;
  email: string;
  name: string;
  mustChangePassword: boolean;
  memberships: {
    role: string;
    organisation: { slug: string; name: string; kind: string };
    school: { id: number; name: string } | null;
  }[];
}

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
    setMe(res.ok ? await legacyReadJson<Me>(res) : null);
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
