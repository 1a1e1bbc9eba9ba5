import { describe, expect, it } from 'vitest';
import { createLoginThrottle, createRateLimiter } from './rate-limit.ts';

describe('createRateLimiter', () => {
  it('lets the limit through, refuses the next with the seconds until the window ends, then allows again', () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000 });
    const t0 = 1_000_000;
    expect([1, 2, 3].map(() => limiter.hit('code', t0).allowed)).toEqual([true, true, true]);
    expect(limiter.hit('code', t0 + 10_000)).toEqual({ allowed: false, retryAfterSeconds: 50 });
    expect(limiter.hit('other', t0 + 10_000).allowed).toBe(true);
    expect(limiter.hit('code', t0 + 60_000).allowed).toBe(true);
  });
});

describe('createLoginThrottle', () => {
  it('makes each failure past the free attempts wait twice as long, and forgets on success', () => {
    const throttle = createLoginThrottle({ freeAttempts: 3, maxDelayMs: 60_000, forgetAfterMs: 900_000 });
    const t0 = 5_000_000;
    for (let i = 0; i < 3; i++) throttle.fail('a@b.nl', t0);
    expect(throttle.check('a@b.nl', t0)).toEqual({ allowed: false, retryAfterSeconds: 2 });
    expect(throttle.check('a@b.nl', t0 + 2_000).allowed).toBe(true);
    throttle.fail('a@b.nl', t0 + 2_000);
    expect(throttle.check('a@b.nl', t0 + 2_000)).toEqual({ allowed: false, retryAfterSeconds: 4 });
    for (let i = 0; i < 20; i++) throttle.fail('a@b.nl', t0 + 3_000);
    expect(throttle.check('a@b.nl', t0 + 3_000).retryAfterSeconds).toBe(60);
    throttle.succeed('a@b.nl');
    expect(throttle.check('a@b.nl', t0 + 3_000).allowed).toBe(true);
  });
});
