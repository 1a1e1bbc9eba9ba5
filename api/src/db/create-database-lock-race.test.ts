// Issue 15, the export review's finding "two processes can both hold the lock (rename overwrites)",
// replayed step by step instead of raced (create-database-lock.test.ts races real processes, but its
// window is so small that it passes on the old code too).
// Proof it catches the old bug: with this same seam ported onto lockDataDir of c6e1509 (the takeover
// that renamed the stale lock away and renamed a foreign lock back), this test fails with
//   AssertionError: expected [ 'owner 0', 'owner 2' ] to deeply equal [ 'owner 0' ]
// The racer that took over first and the one that arrived while the slow racer had that racer's lock
// moved away both held the lock: the slow racer's rename back overwrote the newcomer's lock. With the two
// stale-finders alone (no newcomer) the old code passes: its hole needs a third process in that window.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseConnectError, lockDataDir } from './create-database.ts';

const deadPid = () =>
  spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;

describe('the embedded database lock, its takeover replayed in the worst order', () => {
  it('leaves exactly one owner when two find the lock stale and others arrive between every step', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'klankbord-lock-race-'));
    // Each racer stands in for a running process of its own: a sleeping child's pid is its lock.
    const sleepers = Array.from({ length: 6 }, () =>
      spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' }),
    );
    const owners = sleepers.map((child) => String(child.pid));
    const outcomes: string[] = [];
    const releases: (() => void)[] = [];
    const attempt = (racer: number, step?: () => void) => {
      try {
        releases.push(lockDataDir(dataDir, { owner: owners[racer], ...(step ? { step } : {}) }));
        outcomes[racer] = 'owns';
      } catch (error) {
        expect(error).toBeInstanceOf(DatabaseConnectError);
        expect((error as Error).message).toContain('is in use by');
        outcomes[racer] = 'in use';
      }
    };
    try {
      writeFileSync(join(dataDir, 'klankbord.lock'), deadPid());
      // Racer 1 is slow. Its first two steps try to create the lock and read the stale one; before its
      // third, racer 0, which finds the same stale lock, runs its whole takeover; before each step after
      // that, one more racer arrives and runs whole, seeing the lock folder exactly as racer 1 left it.
      let steps = 0;
      let next = 2;
      attempt(1, () => {
        steps++;
        if (steps === 3) attempt(0);
        else if (steps > 3 && next < owners.length) attempt(next++);
      });
      expect(next).toBeGreaterThan(2); // others did arrive in the middle of racer 1's takeover
      const holding = outcomes.flatMap((outcome, racer) => (outcome === 'owns' ? [`owner ${racer}`] : []));
      expect(holding).toEqual(['owner 0']);
      expect(outcomes.filter((outcome) => outcome === 'in use')).toHaveLength(next - 1);
      expect(readFileSync(join(dataDir, 'klankbord.lock'), 'utf8')).toBe(owners[0]);
    } finally {
      for (const release of releases) release();
      for (const child of sleepers) child.kill();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
