// Benchmark of the annual report (issue 8) on the synthetic data set (see BENCHMARKS.md, "Report (issue 8)").
// Usage: DATABASE_URL=postgres://…/klankbord_analysis_1m pnpm bench:report [--runs 3]
// 1. The largest synthetic SWV (most complete 2026 responses): the full report as an admin, model → HTML → PDF.
// 2. The whole country: the per-audience sections through the analysis service's national scopes (every
//    2026 wave), rendered with the same document; there is no national organisation, so signals, actions
//    and quotes are empty there.
import { benchUser } from './bench-user.ts';
import { sql } from 'kysely';
import { nationalScope } from '../src/analysis/analysis-scope.ts';
import { createDatabase } from '../src/db/create-database.ts';
import { reportAgreement } from '../src/report/agreement.ts';
import { audienceSection, roleDifferences } from '../src/report/audience-section.ts';
import { renderPdf } from '../src/report/chromium.ts';
import { renderReportDocument } from '../src/report/report-document.ts';
import { buildReportModel, type ReportModel } from '../src/report/report-model.ts';
import { activeCodebook } from '../src/report/report-queries.ts';
import { activeThemes } from '../src/signals/queries.ts';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('Set DATABASE_URL to a Postgres database with synthetic data.');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] || 3) || 3;
const { db, close } = await createDatabase({ engine: 'postgres', url });
await sql`analyze`.execute(db);

const counts = await sql<{ responses: number; stories: number; schools: number }>`
  select (select count(*) from responses)::int as responses, (select count(*) from stories)::int as stories,
    (select count(*) from schools)::int as schools`.execute(db);
const largest = await sql<{ id: number; slug: string; n: number }>`
  select o.id, o.slug, count(*)::int as n from responses r join schools s on s.id = r.school_id
    join organisations b on b.id = s.organisation_id join organisations o on o.id = coalesce(b.parent_id, b.id)
    join waves w on w.id = r.wave_id
  where w.year = 2026 and r.status = 'complete' group by 1, 2 order by 3 desc, 2 limit 1`.execute(db);
const swv = largest.rows[0]!;
const admin = benchUser(swv.id, 'admin');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function time<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const times: number[] = [];
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    value = await run();
    times.push(performance.now() - started);
  }
  return { ms: median(times), value };
}

async function nationalModel(): Promise<ReportModel> {
  const audiences = await Promise.all(
    (['ouder', 'jongere'] as const).map(async (audience) => {
      const scope = await nationalScope(db, 2026, audience);
      const wave = { id: 0, name: scope.wave.name, audience, opensOn: '2026-01-01', closesOn: '2026-12-31' };
      return audienceSection(db, scope, wave, 10);
    }),
  );
  const waveIds = (await db.selectFrom('waves').select('id').where('year', '=', 2026).execute()).map((w) => w.id);
  const themes = await activeThemes(db);
  return {
    organisation: { slug: 'nl', name: 'Nederland (synthetisch)', kind: 'swv' },
    year: 2026,
    minCellSize: 10,
    dataVersion: { waves: [], lastSubmission: null, codebook: null },
    summary: [],
    audiences,
    roleDifferences: roleDifferences(audiences),
    quotes: [],
    signals: { total: 0, themes: [], byChannel: [], byOutcome: [] },
    actions: { previousYear: 2025, items: [] },
    method: {
      agreement: await reportAgreement(
        db,
        {
          organisationIds: (await db.selectFrom('organisations').select('id').execute()).map((o) => o.id),
          codebookId: (await activeCodebook(db))?.id ?? null,
          waveIds,
        },
        themes.map((t) => t.code),
      ),
    },
  };
}

const generatedAt = new Date('2026-11-23T12:00:00Z');
const lines: string[] = [];
for (const [name, build] of [
  [
    `largest SWV (${swv.slug}, ${swv.n} complete 2026 responses)`,
    () => buildReportModel(db, admin, { organisation: swv.slug, year: 2026, minimum: 10 }),
  ],
  ['whole country (national scopes, 2026)', nationalModel],
] as const) {
  const model = await time(build);
  const html = await time(async () => renderReportDocument(model.value, generatedAt));
  const pdf = await time(() => renderPdf(html.value));
  lines.push(
    `| ${name} | ${(model.ms / 1000).toFixed(2)} s | ${(html.ms / 1000).toFixed(2)} s | ${((model.ms + html.ms) / 1000).toFixed(2)} s | ${((model.ms + html.ms + pdf.ms) / 1000).toFixed(2)} s | ${Math.round(html.value.length / 1024)} KB, ${model.value.audiences.reduce((a, s) => a + s.schools.length, 0)} school rows |`,
  );
}
console.log(
  `Data: ${counts.rows[0]!.responses} responses, ${counts.rows[0]!.stories} stories, ${counts.rows[0]!.schools} schools; median of ${runs} runs.`,
);
console.log('| scope | model (SQL) | HTML render | to HTML total | to PDF total | output |');
console.log('|---|---|---|---|---|---|');
for (const line of lines) console.log(line);
await close();
