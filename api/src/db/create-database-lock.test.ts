import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDatabase } from './create-database.ts';

const deadPid = () =>
  spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;

// Review of the export work: a container's pid 1 found its own crashed lock "1" and refused to start;
// two processes taking over one stale lock could both end up holding it.
describe('the embedded database lock', () => {
  it('takes over a lock a crash left with this very pid (a container restarts as pid 1 again)', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'klankbord-lock-'));
    try {
      writeFileSync(join(dataDir, 'klankbord.lock'), String(process.pid));
      const handle = await createDatabase({ engine: 'pglite', dataDir });
      expect(readFileSync(join(dataDir, 'klankbord.lock'), 'utf8')).not.toBe(String(process.pid));
      await handle.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('lets exactly one of four processes racing for a stale lock win, round after round', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'klankbord-race-'));
    const dead = deadPid();
    const rounds = 8;
    try {
      writeFileSync(join(dataDir, 'klankbord.lock'), `${dead} 0000000000000000`);
      // Late enough that every racer has loaded before the first round.
      const start = Date.now() + 6000;
      const racer = new URL('./lock-racer.test-support.ts', import.meta.url).pathname;
      const outputs = await Promise.all(
        Array.from(
          { length: 4 },
          () =>
            new Promise<string>((resolve, reject) => {
              const child = spawn(
                process.execPath,
                ['--import', 'tsx', racer, dataDir, String(start), String(rounds), dead],
                { stdio: ['ignore', 'pipe', 'inherit'] },
              );
              let out = '';
              child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
              child.on('error', reject);
              child.on('exit', () => resolve(out));
            }),
        ),
      );
      const count = (round: number, verdict: string) =>
        outputs.filter((out) => out.split('\n').includes(`${round} ${verdict}`)).length;
      // Exactly one winner in every round that anyone raced in time; a racer held up past the round sat it out.
      const raced = Array.from({ length: rounds }, (_, round) => count(round, 'late') < 4);
      const winners = Array.from({ length: rounds }, (_, round) => (raced[round] ? count(round, 'won') : 1));
      expect(winners).toEqual(Array.from({ length: rounds }, () => 1));
      expect(raced.filter(Boolean).length).toBeGreaterThanOrEqual(rounds - 2);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
