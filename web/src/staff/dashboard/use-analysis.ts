import { useEffect, useState } from 'react';
import { ApiError, readJson, legacyReadJson } from '../../lib/api.ts';

/** Loads one analysis view; a new key reloads it. */
export function useAnalysis<T>(load: (() => Promise<Response>) | null, key: string) {
  const [state, setState] = useState<{ data: T | null; error: string | null; loading: boolean }>({
    data: null,
    error: null,
    loading: false,
  });
  useEffect(() => {
    if (!load) return;
    let current = true;
    setState({ data: null, error: null, loading: true });
    load()
      .then((r) => legacyReadJson<T>(r))
      .then((data) => current && setState({ data, error: null, loading: false }))
      .catch(
        (e: unknown) =>
          current &&
          setState({ data: null, error: e instanceof ApiError ? e.message : 'Laden lukte niet.', loading: false }),
      );
    return () => {
      current = false;
    };
    // The key names everything `load` depends on.
  }, [key]);
  return state;
}
