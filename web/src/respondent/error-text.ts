import type { PageTexts } from './i18n/index.ts';
import { ApiError } from './public-api.ts';

/** The respondent-facing sentence for a failed call, in the page language (never the api's English). */
export function errorText(error: unknown, t: PageTexts): string {
  if (!(error instanceof ApiError)) return t.errors.server;
  if (error.status === 0) return t.errors.offline;
  if (error.status === 429) return t.errors.tooMany;
  if (error.status === 404) return t.errors.unknownLink;
  if (error.status === 410) return t.errors.closed;
  if (error.status === 409) return t.errors.invitationUsed;
  return t.errors.server;
}
