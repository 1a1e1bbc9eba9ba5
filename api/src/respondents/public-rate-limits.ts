import type { Context } from 'hono';
import { createRateLimiter } from '../auth/rate-limit.ts';
import { clientKey } from '../client-key.ts';
import type { AppEnv } from '../deps.ts';
import { AppError } from '../errors.ts';

/** Submissions allowed per minute on the public routes; counted in memory, never stored. */
export interface PublicRateLimits {
  perClientPerMinute: number;
  perLinkPerMinute: number;
  /** Link lookups that find nothing, per client (default lookupMissesPerMinute). */
  lookupMissesPerMinute?: number;
}

// A school's wifi puts many parents behind one address, so the per-client limit is generous; the
// per-link limit caps a flood through one leaked link. PUBLIC_RATE_LIMIT_PER_CLIENT and
// PUBLIC_RATE_LIMIT_PER_LINK (config.ts) set them; the ingest benchmark raises both.
export const defaultPublicRateLimits: PublicRateLimits = { perClientPerMinute: 60, perLinkPerMinute: 1200 };

// Codes that match no link, per address: a parent mistypes a few, a guesser thousands. Counting only
// misses leaves a whole school behind one address free to open its real link.
export const lookupMissesPerMinute = 30;

/** One throttle per app instance; its limits come from deps, read on first use. */
export function createPublicThrottle() {
  let limiters:
    | {
        client: ReturnType<typeof createRateLimiter>;
        link: ReturnType<typeof createRateLimiter>;
        misses: ReturnType<typeof createRateLimiter>;
      }
    | undefined;
  const get = (c: Context<AppEnv>) => {
    if (!limiters) {
      const limits = c.get('deps').publicRateLimits ?? defaultPublicRateLimits;
      limiters = {
        client: createRateLimiter({ limit: limits.perClientPerMinute, windowMs: 60_000 }),
        link: createRateLimiter({ limit: limits.perLinkPerMinute, windowMs: 60_000 }),
        misses: createRateLimiter({ limit: limits.lookupMissesPerMinute ?? lookupMissesPerMinute, windowMs: 60_000 }),
      };
    }
    return limiters;
  };
  const refuse = (retryAfterSeconds: number): never => {
    throw new AppError(
      'public_rate_limited',
      {},
      'U heeft te vaak iets verstuurd. Wacht even en probeer het dan opnieuw.',
      undefined,
      {
        'Retry-After': String(Math.max(1, retryAfterSeconds)),
      },
    );
  };
  return {
    /** Counts one request of this client; 429 with Retry-After past the limit. */
    client(c: Context<AppEnv>): void {
      const result = get(c).client.hit(clientKey(c));
      if (!result.allowed) refuse(result.retryAfterSeconds);
    },
    /** 429 when this address looked up too many codes that do not exist in the last minute. */
    lookupAllowed(c: Context<AppEnv>): void {
      const key = clientKey(c);
      const misses = get(c).misses;
      const result = misses.peek(key);
      if (!result.allowed) refuse(result.retryAfterSeconds);
    },
    /** Counts a lookup that found no link. */
    lookupMissed(c: Context<AppEnv>): void {
      get(c).misses.hit(clientKey(c));
    },
    /** Counts one submission through this link code. */
    link(c: Context<AppEnv>, code: string): void {
      const result = get(c).link.hit(code.toLowerCase());
      if (!result.allowed) refuse(result.retryAfterSeconds);
    },
  };
}
