import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../deps.ts';
import { parseWith } from '../validation.ts';
import { reportFragment, reportHtml, reportPdf, viewReport } from './service.ts';
import { groupMinimumOf } from '../organisations/settings.ts';
import { describeRoute } from '../openapi/describe-route.ts';

const reportParams = z.object({
  organisation: z.string().trim().min(1).max(100),
  year: z.coerce.number().int().min(2000, 'Kies een jaar vanaf 2000.').max(2100, 'Kies een jaar tot 2100.'),
});

/** The annual parent-voice report under /api/reports: the HTML document, its web-page fragment, its JSON model and the PDF. */
/** The report model for the signed-in user, under the organisation's own minimum group size. */
async function reportModelFor(c: Context<AppEnv>, format: 'html' | 'model' | 'pdf') {
  const { db, minCellSize } = c.get('deps');
  const params = parseWith(reportParams, c.req.param());
  const { model } = await viewReport(db, c.get('user'), {
    ...params,
    minimum: await groupMinimumOf(db, params.organisation, minCellSize),
    format,
  });
  return model;
}

export function createReportRoutes() {
  return new Hono<AppEnv>()
    .get(
      '/:organisation/:year',
      describeRoute({
        summary: 'Jaarrapport (HTML)',
        description: 'Het jaarrapport over de stem van ouders van een organisatie als afdrukbare HTML-pagina.',
        params: reportParams,
        responses: { 200: { description: 'Het rapport.', contentType: 'text/html' } },
      }),
      async (c) => {
        const model = await reportModelFor(c, 'html');
        return c.html(reportHtml(model));
      },
    )
    .get(
      '/:organisation/:year/fragment',
      describeRoute({
        summary: 'Jaarrapport (deel van de webpagina)',
        description:
          'Het jaarrapport zoals de medewerkerspagina het toont: zijn stylesheet en de HTML van zijn body (gemaakt uit ge-escapete gegevens), dezelfde opmaak als het HTML-document en de pdf.',
        params: reportParams,
      }),
      async (c) => {
        const model = await reportModelFor(c, 'html');
        return c.json(reportFragment(model));
      },
    )
    .get(
      '/:organisation/:year/model',
      describeRoute({
        summary: 'Jaarrapport (gegevens)',
        description:
          'De cijfers en teksten waaruit het rapport bestaat, als JSON: wat het rapport toont, met kleine groepen al verborgen.',
        params: reportParams,
      }),
      async (c) => {
        const model = await reportModelFor(c, 'model');
        return c.json(model);
      },
    )
    .get(
      '/:organisation/:year/pdf',
      describeRoute({
        summary: 'Jaarrapport (pdf)',
        description: 'Het jaarrapport als pdf, gemaakt door de Chromium van de server.',
        params: reportParams,
        responses: { 200: { description: 'De pdf.', contentType: 'application/pdf' } },
      }),
      async (c) => {
        const model = await reportModelFor(c, 'pdf');
        const pdf = await reportPdf(model);
        return c.body(new Uint8Array(pdf), 200, {
          'content-type': 'application/pdf',
          'content-disposition': `attachment; filename="jaarrapport-${model.organisation.slug}-${model.year}.pdf"`,
        });
      },
    );
}
