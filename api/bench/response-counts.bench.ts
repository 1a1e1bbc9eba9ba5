// What the counts kept for the reference (migration 20) cost each stored response: the database CPU time
// of single-row inserts of complete responses with the counting triggers and with them switched off.
// Usage: DATABASE_URL=postgres://… pnpm exec tsx api/bench/response-counts.bench.ts [--inserts 2000]
// Needs a database with complete responses (seed:synthetic). Everything runs in transactions that are
// rolled back, so nothing changes; but switching a trigger off locks `responses` for that run: use a copy.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import postgres from 'postgres';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('Set DATABASE_URL to a Postgres database with synthetic data.');
const inserts = Number(process.argv[process.argv.indexOf('--inserts') + 1] || 2000) || 2000;
const client = postgres(url, { max: 1, onnotice: () => {} });
const sample = await client`
  select wave_id, school_id, role, locale, answers from responses where status = 'complete' limit 1000`;
if (sample.length === 0) throw new Error('No complete responses in this database.');

class Rollback extends Error {}
for (const counted of [true, false, true, false, true, false]) {
  await client
    .begin(async (tx) => {
      const pid = Number((await tx`select pg_backend_pid() as pid`)[0]!.pid);
      // The backend's user + system time in clock ticks (1/100 s): what a quiet machine would need.
      const ticks = () => {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        return Number(fields[11]) + Number(fields[12]);
      };
      if (!counted) await tx`alter table responses disable trigger response_counts_insert`;
      const before = ticks();
      for (let i = 0; i < inserts; i++) {
        const r = sample[i % sample.length]!;
        await tx`insert into responses (wave_id, school_id, role, locale, answers, submitted_on, status, receipt_hash)
          values (${r.wave_id}, ${r.school_id}, ${r.role}, ${r.locale}, ${r.answers}, current_date, 'complete',
            ${`bench-counts-${i}-${Math.random()}`})`;
      }
      const ms = (ticks() - before) * 10;
      console.log(
        `${counted ? 'with the counting trigger   ' : 'without the counting trigger'}: ${inserts} single-row inserts, ` +
          `database CPU ${ms} ms (${(ms / inserts).toFixed(3)} ms each)`,
      );
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
}
console.log(
  `Load average (1, 5, 15 min): ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}`,
);
await client.end();
