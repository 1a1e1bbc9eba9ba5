// `pnpm bench:phone`: the respondent pages as a parent's phone gets them. Lighthouse 12 (mobile preset:
// simulated slow 4G, 4× slower CPU) drives Debian's Chromium against the real server on the demo data,
// with the production build and its compressed copies. Writes the figures into BENCHMARKS.md.
//
// Lighthouse is installed by this script into a cache folder, not as a dependency of the project: it
// brings ~200 packages (puppeteer-core among them) that CI and every `pnpm install` would otherwise fetch.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setLogLevel } from '../src/log.ts';
import { startTestServer } from '../src/test-support/test-server.ts';

const lighthouseVersion = '12.8.2';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const runs = Number(process.env.BENCH_RUNS ?? 3);
// The public results page (issue 17) is a respondent page too: the demo publishes 2025's.
const pages = [
  '/s/demo-ouders',
  '/s/demo-jongeren',
  '/vertel',
  '/verwijderen',
  '/resultaten/demo/2025',
  '/resultaten/demo/2025/91AA00',
];
const goals = { performance: 0.9, lcpMs: 2500, accessibility: 1 };
const sectionTitle = '## Respondent pages on a phone (issue 14)';
const root = fileURLToPath(new URL('../..', import.meta.url));

function lighthouseBin(): string {
  const cache = join(
    process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'),
    'klankbord-bench',
    `lighthouse-${lighthouseVersion}`,
  );
  const bin = join(cache, 'node_modules', '.bin', 'lighthouse');
  if (existsSync(bin)) return bin;
  console.log(`Installing Lighthouse ${lighthouseVersion} into ${cache} (once)…`);
  mkdirSync(cache, { recursive: true });
  writeFileSync(join(cache, 'package.json'), '{ "private": true }\n');
  // Never a browser: Lighthouse drives the Chromium already on the machine.
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', `lighthouse@${lighthouseVersion}`], {
    cwd: cache,
    stdio: 'inherit',
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
  });
  return bin;
}

interface NetworkRequest {
  url: string;
  resourceType?: string;
  transferSize: number;
  resourceSize: number;
}
interface Report {
  categories: Record<'performance' | 'accessibility', { score: number }>;
  audits: Record<string, { numericValue?: number; score: number | null; details?: { items?: unknown[] } }>;
}

interface Run {
  performance: number;
  accessibility: number;
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  transferredKb: number;
  /** Scripts and stylesheets over 1 KB that came without compression. */
  uncompressed: string[];
}

// Asynchronous: the server under test runs in this process and must keep answering meanwhile.
async function measure(bin: string, url: string): Promise<Run> {
  const output = join(tmpdir(), `klankbord-phone-${process.pid}.json`);
  const child = spawn(
    bin,
    [
      url,
      `--chrome-path=${chromium}`,
      '--chrome-flags=--headless=new --no-sandbox',
      '--only-categories=performance,accessibility',
      '--output=json',
      `--output-path=${output}`,
      '--quiet',
    ],
    { stdio: 'inherit' },
  );
  const status = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (status !== 0) throw new Error(`Lighthouse failed on ${url}`);
  const report = JSON.parse(readFileSync(output, 'utf8')) as Report;
  const requests = (report.audits['network-requests']?.details?.items ?? []) as NetworkRequest[];
  // Asked again as Chromium asks (the report has no response headers): every script and stylesheet over
  // 1 KB must come with a Content-Encoding. Smaller ones gain less than their headers would cost.
  const uncompressed: string[] = [];
  for (const r of requests.filter((r) => r.resourceType === 'Script' || r.resourceType === 'Stylesheet')) {
    const res = await fetch(r.url, { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
    const size = (await res.arrayBuffer()).byteLength;
    if (!res.headers.get('content-encoding') && size > 1024) uncompressed.push(new URL(r.url).pathname);
  }
  const metric = (id: string) => Math.round(report.audits[id]?.numericValue ?? Number.NaN);
  return {
    performance: report.categories.performance.score,
    accessibility: report.categories.accessibility.score,
    lcpMs: metric('largest-contentful-paint'),
    fcpMs: metric('first-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    transferredKb: Math.round(requests.reduce((sum, r) => sum + r.transferSize, 0) / 102.4) / 10,
    uncompressed,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function main() {
  setLogLevel('warn');
  const bin = lighthouseBin();
  console.log('Building the web app…');
  execFileSync('pnpm', ['--filter', '@klankbord/web', 'build'], { cwd: root, stdio: 'ignore' });
  const load = loadavg()[0]!.toFixed(1);
  const server = await startTestServer();
  const rows: string[] = [];
  let pass = true;
  try {
    // Lighthouse's own host name check treats 127.0.0.1 and localhost alike; the server listens on both.
    for (const path of pages) {
      const measured: Run[] = [];
      for (let i = 0; i < runs; i++) measured.push(await measure(bin, `${server.url}${path}`));
      const performance = median(measured.map((r) => r.performance));
      const lcpMs = median(measured.map((r) => r.lcpMs));
      const accessibility = Math.min(...measured.map((r) => r.accessibility));
      const uncompressed = [...new Set(measured.flatMap((r) => r.uncompressed))];
      const ok =
        performance >= goals.performance &&
        lcpMs <= goals.lcpMs &&
        accessibility >= goals.accessibility &&
        uncompressed.length === 0;
      pass &&= ok;
      const range = (values: number[], digits = 0) =>
        `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;
      rows.push(
        `| ${path} | ${performance.toFixed(2)} (${range(
          measured.map((r) => r.performance),
          2,
        )}) | ${(lcpMs / 1000).toFixed(1)} s (${range(
          measured.map((r) => r.lcpMs / 1000),
          1,
        )}) | ${(median(measured.map((r) => r.fcpMs)) / 1000).toFixed(
          1,
        )} s | ${median(measured.map((r) => r.tbtMs))} ms | ${accessibility.toFixed(2)} | ${median(
          measured.map((r) => r.transferredKb),
        )} KB | ${uncompressed.length ? uncompressed.join(', ') : 'none'} | ${ok ? 'yes' : 'NO'} |`,
      );
      console.log(rows.at(-1));
    }
  } finally {
    await server.close();
  }

  const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const lines = [
    sectionTitle,
    '',
    `Command: \`pnpm bench:phone\` (\`api/bench/phone.bench.ts\`): builds the web app (with its brotli and gzip copies), starts the real api on the demo data (PGlite), and runs Lighthouse ${lighthouseVersion} (installed by the script into \`~/.cache/klankbord-bench\`) ${runs} times per page with its mobile preset (simulated slow 4G: 150 ms RTT, 1.6 Mbit/s; 4× CPU slowdown) and \`--only-categories=performance,accessibility\`, driving Debian's Chromium. Median of the runs, range in brackets; "transferred" is every byte the page fetched, as sent (compressed). Goals: performance ≥ ${goals.performance}, LCP ≤ ${goals.lcpMs / 1000} s, accessibility 1.00, no script or stylesheet uncompressed. Knobs: \`BENCH_RUNS\`, \`CHROMIUM_PATH\`.`,
    '',
    `Measured ${date} UTC, load average ${load} at the start (other engineers' work shared the 2 cores).`,
    '',
    '| page | performance | LCP | FCP | TBT | accessibility | transferred | uncompressed scripts/styles | goals met |',
    '|---|---:|---:|---:|---:|---:|---:|---|---|',
    ...rows,
    '',
    "On the questionnaire, the first screen (title, introduction, school) needs no SurveyJS: survey-core and survey-react-ui (~270 KB brotli) start loading at the first touch or key on that screen, or 5 s after it stands, so they are not part of these figures: a parent who goes on to the questions fetches another ~310 KB (survey-react-ui 272 KB and its stylesheet 30 KB, brotli). Loaded 2 s after the screen stood, they cost 320–370 ms of total blocking time (performance 0.90–0.91); loaded at once, they held the introduction's paint back to 3.8 s (0.89). Before issue 14, /s/demo-ouders scored 0.55–0.67 with its LCP after 12.7 s and 2,249 KB transferred, nothing compressed; /vertel's LCP came after 3.3 s and /verwijderen's after 2.7 s.",
    '',
  ];
  const benchmarks = join(root, 'BENCHMARKS.md');
  const existing = readFileSync(benchmarks, 'utf8');
  const start = existing.indexOf(sectionTitle);
  let next: string;
  if (start === -1) next = `${existing.trimEnd()}\n\n${lines.join('\n')}`;
  else {
    // Up to the next heading, also a subsection's (### The public results page): those stay as written.
    const rest = existing.slice(start + sectionTitle.length).search(/\n###? /);
    const after = rest === -1 ? -1 : start + sectionTitle.length + rest;
    next = `${existing.slice(0, start)}${lines.join('\n')}${after === -1 ? '' : `\n${existing.slice(after + 1)}`}`;
  }
  writeFileSync(benchmarks, next.endsWith('\n') ? next : `${next}\n`);
  // The table as the project's formatter lays it out, so `prettier --check` stays clean.
  execFileSync('pnpm', ['exec', 'prettier', '--write', benchmarks], { cwd: root, stdio: 'ignore' });
  console.log(lines.join('\n'));
  console.log(pass ? 'PASS: every page meets every goal' : 'FAIL: see the table above');
  process.exitCode = pass ? 0 : 1;
}

await main();
