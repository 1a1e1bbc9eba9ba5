// Builds the web app with a manifest and reports the gzip JavaScript each respondent route downloads:
// the entry chunk plus the route's lazy chunk and everything they import statically. Appends the figures
// to BENCHMARKS.md under "Respondent page weight (issue 4)", replacing only that section.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

const webRoot = fileURLToPath(new URL('..', import.meta.url));
const benchmarks = fileURLToPath(new URL('../../BENCHMARKS.md', import.meta.url));
const sectionTitle = '## Respondent page weight (issue 4)';
const storyBudgetKb = 150;

const routes = [
  { route: '/s/:code (questionnaire)', source: 'src/respondent/questionnaire-page.tsx' },
  { route: '/s/:code/verhaal and /vertel (story)', source: 'src/respondent/story-page.tsx' },
  { route: '/verwijderen (delete)', source: 'src/respondent/delete-page.tsx' },
];

/** Every chunk a page loads before it can show: the chunk and its static imports, transitively. */
function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

function gzipKb(outDir: string, files: Iterable<string>): number {
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
  return Math.round((bytes / 1024) * 10) / 10;
}

async function main() {
  const outDir = await mkdtemp(join(tmpdir(), 'klankbord-weight-'));
  try {
    await build({ root: webRoot, logLevel: 'warn', build: { outDir, emptyOutDir: true, manifest: 'manifest.json' } });
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as Manifest;
    const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
    if (!entryKey) throw new Error('No entry chunk in the manifest');
    const surveyCoreIn = (keys: Set<string>) => [...keys].some((key) => /survey-(core|react-ui)/.test(key));

    const rows = routes.map(({ route, source }) => {
      if (!manifest[source]) throw new Error(`${source} is not a chunk of its own: is it loaded with React.lazy?`);
      const keys = staticClosure(manifest, entryKey);
      staticClosure(manifest, source, keys);
      const js = [...keys].map((key) => manifest[key]!.file).filter((file) => file.endsWith('.js'));
      const css = [...keys].flatMap((key) => manifest[key]!.css ?? []);
      const surveyInChunk = readFileSync(join(outDir, manifest[source]!.file), 'utf8').includes('SurveyModel');
      return {
        route,
        jsKb: gzipKb(outDir, js),
        cssKb: gzipKb(outDir, new Set(css)),
        files: js.length,
        surveyCore: surveyCoreIn(keys) || surveyInChunk,
      };
    });

    const story = rows[1]!;
    const date = new Date().toISOString().slice(0, 10);
    const lines = [
      sectionTitle,
      '',
      `Measured ${date} with \`pnpm bench:pages\` (web/scripts/page-weight.ts): production Vite build, gzip level 9, the entry chunk plus the route's lazy chunk and its static imports (what the page needs before it can show).`,
      '',
      '| route | JavaScript (gzip) | CSS (gzip) | JS files | survey-core loaded |',
      '|---|---:|---:|---:|---|',
      ...rows.map((r) => `| ${r.route} | ${r.jsKb} KB | ${r.cssKb} KB | ${r.files} | ${r.surveyCore ? 'yes' : 'no'} |`),
      '',
      `Budget: the story page ships at most ${storyBudgetKb} KB of JavaScript (gzip): ${story.jsKb <= storyBudgetKb ? 'met' : 'NOT MET'}. survey-core and survey-react-ui load only on the questionnaire route (React.lazy in web/src/app.tsx).`,
      '',
    ];
    const existing = existsSync(benchmarks) ? readFileSync(benchmarks, 'utf8') : '# Benchmarks\n';
    const start = existing.indexOf(sectionTitle);
    let next: string;
    if (start === -1) {
      next = `${existing.trimEnd()}\n\n${lines.join('\n')}`;
    } else {
      const after = existing.indexOf('\n## ', start + sectionTitle.length);
      next = `${existing.slice(0, start)}${lines.join('\n')}${after === -1 ? '' : `\n${existing.slice(after + 1)}`}`;
    }
    writeFileSync(benchmarks, next.endsWith('\n') ? next : `${next}\n`);
    console.log(lines.join('\n'));
    if (story.jsKb > storyBudgetKb || story.surveyCore) process.exitCode = 1;
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

await main();
