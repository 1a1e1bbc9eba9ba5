import { useEffect, useRef } from 'react';

/** A send the server has not confirmed yet; kept with the draft so a retry (even after a reload) reuses its id. */
export interface PendingSend {
  submissionId: string;
  complete: boolean;
}

/** 128 random bits, base64url: the api's submissionId. crypto.randomUUID needs https; this works on http too. */
export function newSubmissionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

const retryEveryMs = 15_000;

/** While `waiting`, calls `retry` when the browser says it is online again, and every 15 s in case it does not. */
export function useRetryWhenOnline(waiting: boolean, retry: () => void): void {
  const latest = useRef(retry);
  latest.current = retry;
  useEffect(() => {
    if (!waiting) return;
    const run = () => latest.current();
    window.addEventListener('online', run);
    const timer = window.setInterval(() => {
      if (navigator.onLine) run();
    }, retryEveryMs);
    return () => {
      window.removeEventListener('online', run);
      window.clearInterval(timer);
    };
  }, [waiting]);
}
