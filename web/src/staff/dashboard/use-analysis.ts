import { useEffect, useState } from 'react';
import { ApiError, readJson, type ResponseBody } from '../../lib/api.ts';

/** Loads one analysis view through the typed client (its answer type is the route's); a new key reloads it. */
export function useAnalysis<R extends { ok: boolean; status: number; json: () => Promise<unknown> }>(
  load: (() => Promise<R>) | null,
  key: string,
) {
  type T = ResponseBody<R>;
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
      .then((r) => readJson(r))
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
