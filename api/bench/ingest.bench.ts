// Ingest benchmark (issue 4): the real api on a fresh PostgreSQL database with the demo data, autocannon
// posting valid complete questionnaires to POST /api/public/responses through `demo-ouders` for 30 s,
// then the rows are counted: every 201 must be in the database.
//   pnpm bench:ingest            (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres)
//   BENCH_RATE=1100 BENCH_SECONDS=30 BENCH_CONNECTIONS=32 to change the load.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { createDatabase } from '../src/db/create-database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import parentSurvey from '../src/demo/content/parent-survey.json' with { type: 'json' };
import { seedDemo } from '../src/demo/seed-demo.ts';
import { surveyQuestions } from '../src/surveys/survey-questions.ts';
import { generateAnswers } from '../src/synthetic/answers.ts';
import { createRandom } from '../src/synthetic/random.ts';

const adminUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const seconds = Number(process.env.BENCH_SECONDS ?? 30);
const rate = Number(process.env.BENCH_RATE ?? 1100);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const port = 3900 + Math.floor(Math.random() * 90);

const name = `klankbord_bench_${randomBytes(4).toString('hex')}`;
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
const url = new URL(adminUrl);
url.pathname = `/${name}`;
const databaseUrl = url.toString();

const step = (what: string) => console.error(`[bench:ingest] ${what}`);
step(`database ${name}`);
const handle = await createDatabase({ engine: 'postgres', url: databaseUrl, maxConnections: 2 });
const migrated = await migrateToLatest(handle.db);
if (!migrated.ok) throw new Error(`migration failed: ${migrated.message}`);
step('seeding demo data');
await seedDemo(handle.db, { password: 'benchmarkPassword' });
const schools = await handle.db.selectFrom('schools').select('id').execute();
const countResponses = async () =>
  (
    await handle.db
      .selectFrom('responses')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
  ).n;
const before = await countResponses();

// 1,000 distinct valid bodies, made before the clock starts so the load generator stays light.
const random = createRandom(7);
const questions = surveyQuestions(parentSurvey);
const bodies = Array.from({ length: 1000 }, (_, i) =>
  JSON.stringify({
    code: 'demo-ouders',
    schoolId: schools[i % schools.length]!.id,
    locale: 'nl',
    role: 'ouder',
    complete: true,
    answers: generateAnswers(questions, random, 0),
  }),
);
// As the questionnaire page sends them: every send has a submission id of its own (22 characters, a
// unique index lookup and column per insert), and the browser accepts brotli and gzip answers.
let sent = 0;
const withSubmissionId = (body: string) =>
  `{"submissionId":"bench${process.pid}x${(sent++).toString().padStart(14, '0')}",${body.slice(1)}`;
const browserHeaders = { 'content-type': 'application/json', 'accept-encoding': 'gzip, deflate, br' };

step('starting the api');
const api = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../src/main.ts', import.meta.url))], {
  env: {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    PUBLIC_RATE_LIMIT_PER_CLIENT: '100000000',
    PUBLIC_RATE_LIMIT_PER_LINK: '100000000',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const stopApi = () =>
  new Promise<void>((resolve) =>
    api.exitCode !== null ? resolve() : (api.once('exit', () => resolve()), api.kill('SIGTERM')),
  );

try {
  for (let i = 0; ; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (i > 100) throw new Error('the api did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  step('warming up');
  // Warm-up: compiles the survey plan and fills the connection pool, as a running server would be.
  await autocannon({
    url: `http://127.0.0.1:${port}/api/public/responses`,
    method: 'POST',
    headers: browserHeaders,
    connections: 8,
    amount: 500,
    requests: [{ setupRequest: (request) => ({ ...request, body: withSubmissionId(bodies[0]!) }) }],
  });
  const warmed = await countResponses();

  step(`running ${seconds} s at ${rate} req/s`);
  let next = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/api/public/responses`,
    method: 'POST',
    headers: browserHeaders,
    connections,
    overallRate: rate,
    duration: seconds,
    requests: [
      { setupRequest: (request) => ({ ...request, body: withSubmissionId(bodies[next++ % bodies.length]!) }) },
    ],
  });
  // Requests still in flight when the clock stops may be stored without being counted as a 201.
  await new Promise((r) => setTimeout(r, 1000));
  const stored = (await countResponses()) - warmed;
  const created = result['2xx'];
  const table = {
    'duration (s)': seconds,
    'target rate (req/s)': rate,
    connections,
    'requests sent': result.requests.total,
    '201 responses': created,
    'non-2xx': result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    'throughput (req/s, mean)': Math.round(result.requests.average),
    'latency p50 (ms)': result.latency.p50,
    'latency p90 (ms)': result.latency.p90,
    'latency p99 (ms)': result.latency.p99,
    'latency max (ms)': result.latency.max,
    'rows stored': stored,
    'every 201 stored': stored >= created,
  };
  console.table(table);
  const pass = created / seconds >= 1000 && result.latency.p99 < 150 && stored >= created && result.non2xx === 0;
  console.log(
    pass ? 'PASS: ≥ 1,000 stored submissions/s, p99 < 150 ms, every 201 in the database' : 'FAIL: see the table above',
  );
  console.log(`(demo responses before the run: ${before})`);
  process.exitCode = pass ? 0 : 1;
} finally {
  await stopApi();
  await handle.close();
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
}
