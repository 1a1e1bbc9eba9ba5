import type { Kysely } from 'kysely';
import { writeAudit } from '../audit/queries.ts';
import type { SessionUser } from '../auth/sessions.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { chromiumMissingMessage, hasChromium, renderPdf } from './chromium.ts';
import { pdfSlots } from './pdf-slots.ts';
import { renderReportDocument, renderReportFragment } from './report-document.ts';
import { buildReportModel, type ReportModel } from './report-model.ts';

export type ReportFormat = 'model' | 'html' | 'pdf';

export interface ReportRequest {
  organisation: string;
  year: number;
  minimum: number;
  format: ReportFormat;
}

/** Builds the report the user may read and logs the view (who, which organisation, year and format). */
export async function viewReport(
  db: Kysely<Database>,
  user: SessionUser,
  request: ReportRequest,
): Promise<{ model: ReportModel; organisationId: number }> {
  const model = await buildReportModel(db, user, request);
  const organisation = await db
    .selectFrom('organisations')
    .select('id')
    .where('slug', '=', model.organisation.slug)
    .executeTakeFirstOrThrow();
  await writeAudit(db, {
    action: 'report.view',
    userId: user.id > 0 ? user.id : null,
    organisationId: organisation.id,
    details: { year: request.year, format: request.format, ...(user.id <= 0 && { via: 'cli' }) },
  });
  return { model, organisationId: organisation.id };
}

export function reportHtml(model: ReportModel, generatedAt = new Date()): string {
  return renderReportDocument(model, generatedAt);
}

/** The report as the web page shows it: stylesheet and body markup (see renderReportFragment). */
export function reportFragment(model: ReportModel, generatedAt = new Date()): { style: string; body: string } {
  return renderReportFragment(model, generatedAt);
}

/** The PDF of the report; a 503 with installation advice when the machine has no Chromium. */
export async function reportPdf(model: ReportModel, generatedAt = new Date()): Promise<Buffer> {
  if (!hasChromium()) throw new AppError('chromium_missing', {}, chromiumMissingMessage);
  return pdfSlots.run(() => renderPdf(renderReportDocument(model, generatedAt)));
}
