import type { Migration } from 'kysely/migration';
import * as organisationsAndAccounts from './2026-11-23_01_organisations_and_accounts.ts';
import * as codebooksAndSurveys from './2026-11-23_02_codebooks_and_surveys.ts';
import * as responsesStoriesCodings from './2026-11-23_03_responses_stories_codings.ts';
import * as actionsExportsAudit from './2026-11-23_04_actions_exports_audit.ts';
import * as responseReceiptSeal from './2026-11-23_05_response_receipt_seal.ts';
import * as codingWorkflow from './2026-11-23_06_coding_workflow.ts';
import * as exportExpiry from './2026-12-04_07_export_expiry.ts';
import * as duoRegistry from './2026-12-06_08_duo_registry.ts';
import * as organisationSettings from './2026-12-06_09_organisation_settings.ts';
import * as failedLoginCounts from './2026-12-06_10_failed_login_counts.ts';
import * as invitationsUnlinkable from './2026-12-06_11_invitations_unlinkable.ts';
import * as responseSubmissionKey from './2026-12-06_13_response_submission_key.ts';
import * as storyRedactionDecisions from './2026-12-06_15_story_redaction_decisions.ts';
import * as passwordResetTokens from './2026-12-06_16_password_reset_tokens.ts';
import * as referenceBenchmark from './2026-12-06_17_reference_benchmark.ts';
import * as reportMark from './2026-12-06_18_report_mark.ts';
import * as resultsPublications from './2026-12-06_19_results_publications.ts';
import * as referenceAggregate from './2026-12-06_20_reference_aggregate.ts';

// Listed, not read from disk: the same chain runs under tsx, vitest and a bundle. Names sort in order.
export const migrations: Record<string, Migration> = {
  '2026-11-23_01_organisations_and_accounts': organisationsAndAccounts,
  '2026-11-23_02_codebooks_and_surveys': codebooksAndSurveys,
  '2026-11-23_03_responses_stories_codings': responsesStoriesCodings,
  '2026-11-23_04_actions_exports_audit': actionsExportsAudit,
  '2026-11-23_05_response_receipt_seal': responseReceiptSeal,
  '2026-11-23_06_coding_workflow': codingWorkflow,
  '2026-12-04_07_export_expiry': exportExpiry,
  '2026-12-06_08_duo_registry': duoRegistry,
  '2026-12-06_09_organisation_settings': organisationSettings,
  '2026-12-06_10_failed_login_counts': failedLoginCounts,
  '2026-12-06_11_invitations_unlinkable': invitationsUnlinkable,
  '2026-12-06_13_response_submission_key': responseSubmissionKey,
  '2026-12-06_15_story_redaction_decisions': storyRedactionDecisions,
  '2026-12-06_16_password_reset_tokens': passwordResetTokens,
  '2026-12-06_17_reference_benchmark': referenceBenchmark,
  '2026-12-06_18_report_mark': reportMark,
  '2026-12-06_19_results_publications': resultsPublications,
  '2026-12-06_20_reference_aggregate': referenceAggregate,
};

export const latestMigration = Object.keys(migrations).at(-1) as string;
