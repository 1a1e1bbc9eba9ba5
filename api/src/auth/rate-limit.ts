// Counters in memory only: nothing about who tried what is ever stored. A restart forgets them,
// which is acceptable for throttling (and the api keeps no other per-client state).

export interface RateLimitResult {
  allowed: boolean;
  retryAfterSeconds: number;
}

/** A fixed-window counter per key: at most `limit` hits per `windowMs`. */
export function createRateLimiter(options: { limit: number; windowMs: number; maxKeys?: number }) {
  const windows = new Map<string, { start: number; count: number }>();
  const maxKeys = options.maxKeys ?? 100_000;
  return {
    hit(key: string, now = Date.now()): RateLimitResult {
      let window = windows.get(key);
      if (!window || now - window.start >= options.windowMs) {
        // Bounded memory: when full, drop the oldest windows first.
        if (windows.size >= maxKeys) windows.delete(windows.keys().next().value as string);
        window = { start: now, count: 0 };
        windows.delete(key);
        windows.set(key, window);
      }
      window.count += 1;
      const allowed = window.count <= options.limit;
      return { allowed, retryAfterSeconds: allowed ? 0 : Math.ceil((window.start + options.windowMs - now) / 1000) };
    },
    /** Whether one more hit would be allowed, without counting it. */
    peek(key: string, now = Date.now()): RateLimitResult {
      const window = windows.get(key);
      if (!window || now - window.start >= options.windowMs || window.count < options.limit)
        return { allowed: true, retryAfterSeconds: 0 };
      return { allowed: false, retryAfterSeconds: Math.ceil((window.start + options.windowMs - now) / 1000) };
    },
    reset(key: string): void {
      windows.delete(key);
    },
  };
}

/**
 * Failed logins with a growing delay: after `freeAttempts` failures a key must wait 2, 4, 8 … seconds
 * (at most `maxDelayMs`) before the next attempt; a success clears it.
 */
export function createLoginThrottle(options: { freeAttempts: number; maxDelayMs: number; forgetAfterMs: number }) {
  const failures = new Map<string, { count: number; last: number }>();
  const delayFor = (count: number): number =>
    count < options.freeAttempts ? 0 : Math.min(options.maxDelayMs, 2 ** (count - options.freeAttempts + 1) * 1000);
  const check = (key: string, now = Date.now()): RateLimitResult => {
    const entry = failures.get(key);
    if (!entry || now - entry.last > options.forgetAfterMs) return { allowed: true, retryAfterSeconds: 0 };
    const waitUntil = entry.last + delayFor(entry.count);
    return now >= waitUntil
      ? { allowed: true, retryAfterSeconds: 0 }
      : { allowed: false, retryAfterSeconds: Math.ceil((waitUntil - now) / 1000) };
  };
  const fail = (key: string, now = Date.now()): void => {
    const entry = failures.get(key);
    const count = entry && now - entry.last <= options.forgetAfterMs ? entry.count + 1 : 1;
    if (failures.size > 100_000) failures.delete(failures.keys().next().value as string);
    failures.set(key, { count, last: now });
  };
  return {
    check,
    fail,
    /**
     * Checks and, when allowed, counts the attempt as a failure at once, before the slow password
     * check: a burst of parallel attempts then meets the delay instead of all reading the old count.
     */
    reserve(key: string, now = Date.now()): RateLimitResult {
      const result = check(key, now);
      if (result.allowed) fail(key, now);
      return result;
    },
    succeed(key: string): void {
      failures.delete(key);
    },
  };
}
