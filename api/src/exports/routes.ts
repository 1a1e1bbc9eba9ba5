import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../deps.ts';
import { jsonBody, parseWith } from '../validation.ts';
import { queryParams } from '../signals/query-params.ts';
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
        summary: 'Keuzes voor een export',
        description:
          'De metingen en quasi-identificerende gegevens die een export van deze organisatie kan gebruiken, met de eigen woorden van elke vraag.',
        query: organisationQuery,
      }),
      queryParams(organisationQuery),
      async (c) => {
        const { organisation } = c.req.valid('query');
        return c.json(await exportOptions(c.get('deps'), c.get('user'), organisation));
      },
    )
    .post(
      '/estimate',
      describeRoute({
        summary: 'Schatten wat een export onherkenbaar maakt',
        description:
          "Voordat een export draait: voor de gekozen metingen, quasi-identificerende gegevens en k, wat de k-anonimiteitsbeslissing van de export met de huidige gegevens zou doen (rijen met een '*', weggelaten rijen, per gegeven zijn niveau en aandeel '*'), en een voorstel dat de school behoudt waar k dat toelaat. Schrijft niets weg.",
        body: estimateBody,
        responses: { 200: { description: 'De schatting en het voorstel.' } },
      }),
      jsonBody(estimateBody),
      async (c) => {
        const body = c.req.valid('json');
        return c.json(await exportEstimate(c.get('deps'), c.get('user'), body));
      },
    )
    .get(
      '/doubts',
      describeRoute({
        summary: 'Verhalen met twijfels over anonimiseren',
        description:
          'Voor een export: de verhalen met toestemming van een organisatie waarin nog betwijfelde woorden staan, elk met die woorden, om één voor één onherkenbaar te maken of te laten staan. Alleen voor onderzoekers.',
        query: organisationQuery,
      }),
      queryParams(organisationQuery),
      async (c) => {
        // Before an export: stories whose redaction still holds doubts, to decide in one click each.
        const { organisation } = c.req.valid('query');
        return c.json(await storiesWithDoubts(c.get('deps').db, c.get('user'), organisation));
      },
    )
    .get(
      '/',
      describeRoute({
        summary: 'Exports',
        description: 'De exports van de organisatie, nieuwste eerst, met hun status, instellingen en aantallen rijen.',
        query: organisationQuery,
      }),
      queryParams(organisationQuery),
      async (c) => {
        const { organisation } = c.req.valid('query');
        return c.json({ exports: await listExports(c.get('deps'), c.get('user'), organisation) });
      },
    )
    .post(
      '/',
      describeRoute({
        summary: 'Een export starten',
        description:
          'Start een k-anonieme export voor onderzoekers (CSV, codeboek, inleesscripts voor R en SPSS, verantwoording; met `includeStories` de geanonimiseerde verhalen en coderingen; met `refiQda` `codebook.qdc` en `project.qdpx` voor ATLAS.ti, MAXQDA, NVivo en QualCoder). Zonder `quasiIdentifiers` neemt ze de set die `GET /api/exports/options` voorstelt, die de school houdt waar k dat toelaat. Draait op de achtergrond; vraag de stand op met `GET /api/exports/{id}`. Komt in het logboek.',
        body: exportBody,
        responses: { 202: { description: 'Gestart; het nummer (id) van de export.' } },
      }),
      jsonBody(exportBody),
      async (c) => {
        const body = c.req.valid('json');
        return c.json(await startExport(c.get('deps'), c.get('user'), body), 202);
      },
    )
    .get(
      '/:id',
      describeRoute({
        summary: 'Stand van een export',
        description:
          'Hoe ver een export is, en als hij klaar is zijn aantallen rijen en wat de onthullingscontrole deed.',
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
        summary: 'Een export downloaden',
        description:
          'De ZIP van de export. 409 zolang hij draait of als hij mislukte, 410 als hij verlopen is (`EXPORT_RETENTION_DAYS`). Komt in het logboek.',
        params: idParam,
        responses: { 200: { description: 'De ZIP.', contentType: 'application/zip' } },
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
