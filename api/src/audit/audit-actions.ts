/**
 * Every action the api writes to the audit log. writeAudit takes only these, and the web's logbook has
 * a Dutch sentence for each (web/src/staff/audit-sentences.ts, checked by its test).
 */
export const auditActions = [
  'auth.login',
  'auth.login_failed',
  'auth.password_changed',
  'auth.password_reset_requested',
  'auth.password_reset_by_link',
  'user.create',
  'user.membership_added',
  'user.membership_removed',
  'user.disabled',
  'user.enabled',
  'user.password_reset',
  'organisation.setup',
  'organisation.settings',
  'board.create',
  'school.update',
  'schools.import',
  'retention.sweep',
  'codebook.imported',
  'codebook.activated',
  'codebook.discarded',
  'codebook.draft_from_cluster',
  'coding.settings',
  'story.quote_approved',
  'story.quote_rejected',
  'story.redaction_decided',
  'action.create',
  'action.update',
  'invitations.generate',
  'report.view',
  'results.publish',
  'results.unpublish',
  'export.requested',
  'export.completed',
  'export.failed',
  'export.downloaded',
  'export.expired',
  'export.cli',
] as const;

/** One kind of event in the audit log, e.g. `user.disabled`. */
export type AuditAction = (typeof auditActions)[number];
