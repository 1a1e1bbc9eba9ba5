import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../deps.ts';
import { parseJson, parseQuery, parseWith } from '../validation.ts';
import { storiesWithDoubts } from '../redaction-review/stories-with-doubts.ts';
import { exportDownload, exportEstimate, exportOptions, exportStatus, listExports, startExport } from './service.ts';
import { describeRoute } from '../openapi/describe-route.ts';

// Strict: a misspelt field ("wave" for "waves") must not quietly export something else.
const exportBody = z.strictObject({
  organisation: z.string().min(1).max(64),
  waves: z.array(z.number().int().positive()).max(200).optional(),
  k: z.number().int().min(2, 'k must be at least 2').max(100, 'k must be at most 100').default(5),
  quasiIdentifiers: z.array(z.string().min(1).max(100)).max(50).optional(),
  includeStories: z.boolean().default(false),
  // REFI-QDA for ATLAS.ti, MAXQDA, NVivo and QualCoder: codebook.qdc, and project.qdpx with the stories.
  refiQda: z.boolean().default(false),
});
const estimateBody = exportBody.pick({ organisation: true, waves: true, k: true, quasiIdentifiers: true });
const idParam = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const organisationQuery = z.object({ organisation: z.string().min(1).max(64) });

/** Researchers' anonymised exports under /api/exports (issue 7). */
export function createExportRoutes() {
  return new Hono<AppEnv>()
    .get(
      '/options',
      describeRoute({
        summary: 'Export choices',
        description:
          "The waves and quasi-identifiers an export of this organisation can use, with each question's own words.",
        query: organisationQuery,
      }),
      async (c) => {
        const { organisation } = parseQuery(c, organisationQuery);
        return c.json(await exportOptions(c.get('deps'), c.get('user'), organisation));
      },
    )
    .post(
      '/estimate',
      describeRoute({
        summary: 'Estimate what an export suppresses',
        description:
          "Before an export runs: for the chosen waves, quasi-identifiers and k, what the export's own k-anonymity decision would do on the data as it is now (rows with a '*', rows left out, per quasi-identifier its level and share of '*'), and a proposed set of quasi-identifiers that keeps school where k allows. Writes nothing.",
        body: estimateBody,
        responses: { 200: { description: 'The estimate and the proposal.' } },
      }),
      async (c) => {
        const body = await parseJson(c, estimateBody);
        return c.json(await exportEstimate(c.get('deps'), c.get('user'), body));
      },
    )
    .get(
      '/doubts',
      describeRoute({
        summary: 'Stories with redaction doubts',
        description:
          'Before an export: the consented stories of an organisation whose redaction still holds doubted words, each with the words in doubt, to redact or keep one by one. Researchers only.',
        query: organisationQuery,
      }),
      async (c) => {
        // Before an export: stories whose redaction still holds doubts, to decide in one click each.
        const { organisation } = parseQuery(c, organisationQuery);
        return c.json(await storiesWithDoubts(c.get('deps').db, c.get('user'), organisation));
      },
    )
    .get(
      '/',
      describeRoute({
        summary: 'Exports',
        description: "The organisation's exports, newest first, with their status, parameters and row counts.",
        query: organisationQuery,
      }),
      async (c) => {
        const { organisation } = parseQuery(c, organisationQuery);
        return c.json({ exports: await listExports(c.get('deps'), c.get('user'), organisation) });
      },
    )
    .post(
      '/',
      describeRoute({
        summary: 'Start an export',
        description:
          'Starts a k-anonymous researcher export (CSV, codebook, R and SPSS loaders, disclosure report; with includeStories the redacted stories and codings; with refiQda codebook.qdc and project.qdpx for ATLAS.ti, MAXQDA, NVivo and QualCoder). Without quasiIdentifiers it takes the set GET /api/exports/options proposes, which keeps school where k allows. Runs in the background; poll GET /api/exports/{id}. Audit-logged.',
        body: exportBody,
        responses: { 202: { description: "Started; the export's id." } },
      }),
      async (c) => {
        const body = await parseJson(c, exportBody);
        return c.json(await startExport(c.get('deps'), c.get('user'), body), 202);
      },
    )
    .get(
      '/:id',
      describeRoute({
        summary: 'Export status',
        description: 'Progress of an export, and when done its row counts and what the disclosure control did.',
        params: idParam,
      }),
      async (c) => {
        const { id } = parseWith(idParam, c.req.param());
        return c.json(await exportStatus(c.get('deps'), c.get('user'), id));
      },
    )
    .get(
      '/:id/download',
      describeRoute({
        summary: 'Download an export',
        description:
          "The export's ZIP. 409 while it runs or when it failed, 410 once expired (EXPORT_RETENTION_DAYS). Audit-logged.",
        params: idParam,
        responses: { 200: { description: 'The ZIP.', contentType: 'application/zip' } },
      }),
      async (c) => {
        const { id } = parseWith(idParam, c.req.param());
        const path = await exportDownload(c.get('deps'), c.get('user'), id);
        const { size } = await stat(path);
        return c.body(Readable.toWeb(createReadStream(path)) as ReadableStream, 200, {
          'content-type': 'application/zip',
          'content-length': String(size),
          'content-disposition': `attachment; filename="klankbord-export-${id}.zip"`,
          'cache-control': 'no-store',
        });
      },
    );
}
