import { AppError } from '../errors.ts';
import { createLoginThrottle, type RateLimitResult } from './rate-limit.ts';

const hour = 60 * 60_000;
const usualAddressMs = 30 * 24 * hour;

/**
 * Throttles logins so that guessing is slow and nobody can lock someone else out:
 * - per account and address: 5 free failures, then 2, 4, 8 … s up to 15 min — a guesser slows only
 *   themselves (and whoever shares their address);
 * - per address: 30 free failures over all accounts (one address trying many accounts);
 * - per account over all addresses: 50 free failures (a guesser spread over many addresses), which the
 *   account's usual addresses skip — an address that logged into it in the last 30 days — so a real
 *   user from home or office still gets in while the account is under attack.
 * Every attempt is reserved before the password is checked, in one synchronous step, so a burst of
 * parallel requests cannot all read the same count. Counters and addresses live in memory only.
 */
export function createLoginGuard() {
  const perAccountAddress = createLoginThrottle({ freeAttempts: 5, maxDelayMs: 15 * 60_000, forgetAfterMs: hour });
  const perAddress = createLoginThrottle({ freeAttempts: 30, maxDelayMs: 15 * 60_000, forgetAfterMs: hour });
  const perAccount = createLoginThrottle({ freeAttempts: 50, maxDelayMs: 15 * 60_000, forgetAfterMs: hour });
  const usualAddresses = new Map<string, number>();
  const pair = (email: string, address: string) => `${email}\u0000${address}`;
  const isUsual = (email: string, address: string, now: number) =>
    now - (usualAddresses.get(pair(email, address)) ?? -Infinity) < usualAddressMs;

  return {
    /** Reserves one attempt or throws 429 with Retry-After; call before checking the password. */
    reserve(email: string, address: string, now = Date.now()): void {
      const throttles: [ReturnType<typeof createLoginThrottle>, string][] = [
        [perAccountAddress, pair(email, address)],
        [perAddress, address],
        ...(isUsual(email, address, now) ? [] : [[perAccount, email] as [typeof perAccount, string]]),
      ];
      const refused = throttles
        .map(([throttle, key]): RateLimitResult => throttle.check(key, now))
        .find((r) => !r.allowed);
      if (refused) {
        throw new AppError(
          'login_rate_limited',
          { seconds: refused.retryAfterSeconds },
          `Too many failed attempts. Try again in ${refused.retryAfterSeconds} seconds.`,
          undefined,
          { 'retry-after': String(refused.retryAfterSeconds) },
        );
      }
      for (const [throttle, key] of throttles) throttle.reserve(key, now);
    },
    /**
     * A correct password clears this account-and-address count and makes the address usual. The
     * address and account-wide counts stay: a guesser's own valid account must not reset them.
     */
    succeed(email: string, address: string, now = Date.now()): void {
      perAccountAddress.succeed(pair(email, address));
      if (usualAddresses.size > 100_000) usualAddresses.delete(usualAddresses.keys().next().value as string);
      usualAddresses.set(pair(email, address), now);
    },
  };
}
