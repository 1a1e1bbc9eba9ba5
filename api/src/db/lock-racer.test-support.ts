// One of several processes racing for an embedded database's lock (create-database-lock.test.ts): in
// every round it tries at the same moment as the others, reports whether it won, and a winner then
// "crashes", leaving a lock of a process that is gone, so the next round starts from a stale lock again.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lockDataDir } from './create-database.ts';

const [dataDir = '', startText = '', roundsText = '', deadPid = ''] = process.argv.slice(2);
const start = Number(startText);
// A winner "crashes" only at the end of its round, so a racer that a loaded machine kept busy for a while
// still meets the winner's live lock, not the next round's stale one (600 ms with a crash halfway counted a
// slow loser of round 0 as a second winner once, under a full CI run).
const slotMs = 1200;
const crashAfterMs = 1000;
for (let round = 0; round < Number(roundsText); round++) {
  const at = start + round * slotMs;
  while (Date.now() < at) await new Promise((resolve) => setTimeout(resolve, Math.min(5, at - Date.now())));
  // A racer that a loaded machine held up past the winner's crash would race the next stale lock alone: it sits the
  // round out and says so (a full CI run once held one back that long in round 0).
  if (Date.now() >= at + crashAfterMs - 100) {
    process.stdout.write(`${round} late\n`);
    continue;
  }
  let won = false;
  try {
    lockDataDir(dataDir);
    won = true;
  } catch {
    won = false;
  }
  process.stdout.write(`${round} ${won ? 'won' : 'lost'}\n`);
  if (won) {
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, at + crashAfterMs - Date.now())));
    writeFileSync(join(dataDir, 'klankbord.lock'), `${deadPid} 0000000000000000`);
  }
}
process.exit(0);
