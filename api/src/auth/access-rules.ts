import type { StaffRole } from '../db/database.ts';

export type Access = 'public' | 'signed-in' | readonly StaffRole[];

/**
 * Who may call each api route: the one place where that is decided. A route that is not listed here
 * answers 404 to everyone, and `access-rules.test.ts` fails for it, so no route is open by mistake.
 * Organisation scope (own vs other) is checked by each feature on top of this.
 */
export const accessRules: Record<string, Access> = {
  'GET /api/health': 'public',
  'GET /api/openapi.json': 'signed-in',

  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'signed-in',
  'GET /api/auth/me': 'signed-in',
  'POST /api/auth/password': 'signed-in',
  // Password reset by e-mail link (issue 16): no session; throttled per address and account.
  'GET /api/auth/password-reset': 'public',
  'POST /api/auth/password-reset/request': 'public',
  'POST /api/auth/password-reset': 'public',

  'GET /api/admin/users': ['admin'],
  'POST /api/admin/users': ['admin'],
  'POST /api/admin/users/:id/memberships': ['admin'],
  'DELETE /api/admin/memberships/:id': ['admin'],
  'POST /api/admin/users/:id/disable': ['admin'],
  'POST /api/admin/users/:id/enable': ['admin'],
  'POST /api/admin/users/:id/reset-password': ['admin'],
  'GET /api/admin/audit': ['admin'],
  'GET /api/organisations': 'signed-in',
  // The admin's organisation screen (issue 13): boards, schools, DUO import, settings.
  'GET /api/organisations/:slug/registry': ['admin'],
  'POST /api/organisations/:slug/schools/import': ['admin'],
  'PATCH /api/organisations/:slug/schools/:id': ['admin'],
  'POST /api/organisations/:slug/boards': ['admin'],
  'GET /api/organisations/:slug/settings': ['admin'],
  'PUT /api/organisations/:slug/settings': ['admin'],
  // First run (issue 13): only while no organisation exists, and only with the token printed at start.
  'GET /api/setup': 'public',
  'POST /api/setup': 'public',

  // Analysis views: school contacts see their own school only (enforced in api/src/analysis).
  'GET /api/analysis/waves': ['researcher', 'board', 'admin', 'school'],
  'GET /api/analysis/themes': ['researcher', 'board', 'admin', 'school'],
  'GET /api/analysis/questions/:name': ['researcher', 'board', 'admin', 'school'],
  'GET /api/analysis/schools': ['researcher', 'board', 'admin', 'school'],
  'GET /api/analysis/own-school': ['school'],
  'GET /api/analysis/reference': ['researcher', 'board', 'admin', 'school'],
  'GET /api/analysis/report-mark': ['researcher', 'board', 'admin', 'school'],
  'GET /api/analysis/priorities': ['researcher', 'board', 'admin', 'school'],

  // Respondents (issue 4): no account; rate-limited in memory, nothing about the client stored.
  'GET /api/public/links/:code': 'public',
  'POST /api/public/responses': 'public',
  'GET /api/public/invitations/:token': 'public',
  'GET /api/public/resume/:resumeCode': 'public',
  'GET /api/public/codebook': 'public',
  'GET /api/public/organisations': 'public',
  'POST /api/public/stories': 'public',
  'DELETE /api/public/receipts/:receiptCode': 'public',

  // Questionnaires and waves (issue 4): researchers design and run them; admins too.
  'POST /api/surveys': ['researcher', 'admin'],
  'POST /api/surveys/validate': ['researcher', 'admin'],
  'GET /api/surveys': ['researcher', 'admin'],
  'GET /api/surveys/:id': ['researcher', 'admin'],
  'POST /api/surveys/:id/versions': ['researcher', 'admin'],
  'PUT /api/survey-versions/:id': ['researcher', 'admin'],
  'POST /api/survey-versions/:id/publish': ['researcher', 'admin'],
  'PUT /api/survey-versions/:id/report-mark': ['researcher', 'admin'],
  'POST /api/waves': ['researcher', 'admin'],
  'GET /api/waves': ['researcher', 'admin'],
  'GET /api/waves/:id': ['researcher', 'admin'],
  'POST /api/waves/:id/invitations': ['researcher', 'admin'],

  // Anonymised exports (issue 7): researchers of the organisation only; admins read them in the audit log.
  'GET /api/exports': ['researcher'],
  'GET /api/exports/options': ['researcher'],
  'POST /api/exports/estimate': ['researcher'],
  'GET /api/exports/doubts': ['researcher'],
  'POST /api/exports': ['researcher'],
  'GET /api/exports/:id': ['researcher'],
  'GET /api/exports/:id/download': ['researcher'],

  // Steunpunt signals (issue 8): steunpunt workers register; everyone who reads the report reads them.
  'POST /api/signals': ['steunpunt'],
  'GET /api/signals': ['steunpunt', 'researcher', 'board', 'admin'],
  'GET /api/signals/counts': ['steunpunt', 'researcher', 'board', 'admin'],
  'GET /api/signals/themes': ['steunpunt', 'researcher', 'board', 'admin'],

  // Quality-cycle actions (issue 8): board and researchers record them; admins read along.
  'GET /api/actions': ['board', 'researcher', 'admin'],
  'POST /api/actions': ['board', 'researcher'],
  'PATCH /api/actions/:id': ['board', 'researcher'],

  // Human coding and discovery (issue 6): only researchers see story texts (redacted even here).
  'GET /api/coding/next': ['researcher'],
  'POST /api/coding/stories/:id': ['researcher'],
  'POST /api/coding/stories/:id/redaction': ['researcher'],
  'GET /api/coding/consensus': ['researcher'],
  'POST /api/coding/consensus/:id': ['researcher'],
  'GET /api/coding/agreement': ['researcher'],
  'PUT /api/coding/settings': ['researcher'],
  'GET /api/discovery/clusters': ['researcher'],
  // Codebook versions (issue 18): a REFI-QDA codebook becomes a draft; a researcher activates or discards it.
  'GET /api/codebooks': ['researcher'],
  'POST /api/codebooks/import': ['researcher'],
  'GET /api/codebooks/:id/diff': ['researcher'],
  'POST /api/codebooks/:id/activate': ['researcher'],
  'DELETE /api/codebooks/:id': ['researcher'],
  'POST /api/discovery/clusters/:id/theme': ['researcher'],

  // Annual parent-voice report (issue 8): board, researchers and admins of the organisation (or its SWV).
  'GET /api/reports/:organisation/:year': ['board', 'researcher', 'admin'],
  'GET /api/reports/:organisation/:year/fragment': ['board', 'researcher', 'admin'],
  'GET /api/reports/:organisation/:year/model': ['board', 'researcher', 'admin'],
  'GET /api/reports/:organisation/:year/pdf': ['board', 'researcher', 'admin'],

  // Public results page "jullie zeiden, wij deden" (issue 17): the board publishes; everyone reads it.
  'GET /api/results/:organisation/:year': ['board', 'admin'],
  'POST /api/results/:organisation/:year': ['board', 'admin'],
  'DELETE /api/results/:organisation/:year': ['board', 'admin'],
  'GET /api/public/results/:organisation': 'public',
  'GET /api/public/results/:organisation/:year': 'public',
  'GET /api/public/results/:organisation/:year/:school': 'public',
  // The staff home (issue 16): each part is checked by its own feature's scope.
  'GET /api/home': 'signed-in',
};

interface CompiledRule {
  method: string;
  pattern: RegExp;
  access: Access;
}

function compile(rules: Record<string, Access>): CompiledRule[] {
  return Object.entries(rules).map(([key, access]) => {
    const [method, path] = key.split(' ') as [string, string];
    const source = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[a-zA-Z]+/g, '[^/]+');
    return { method, pattern: new RegExp(`^${source}/?$`), access };
  });
}

const compiled = compile(accessRules);

/** The rule for a request, or undefined when no route of that method and path has one. */
export function accessFor(method: string, path: string): Access | undefined {
  const lookup = method === 'HEAD' ? 'GET' : method;
  return compiled.find((rule) => rule.method === lookup && rule.pattern.test(path))?.access;
}
