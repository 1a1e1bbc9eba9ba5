import type { Migration } from 'kysely/migration';
import * as organisationsAndAccounts from './2026-11-23_01_organisations_and_accounts.ts';
import * as codebooksAndSurveys from './2026-11-23_02_codebooks_and_surveys.ts';
import * as responsesStoriesCodings from './2026-11-23_03_responses_stories_codings.ts';
import * as actionsExportsAudit from './2026-11-23_04_actions_exports_audit.ts';
import * as responseReceiptSeal from './2026-11-23_05_response_receipt_seal.ts';
import * as codingWorkflow from './2026-11-23_06_coding_workflow.ts';
import * as exportExpiry from './2026-12-04_07_export_expiry.ts';
import * as storyRedactionDecisions from './2026-12-06_15_story_redaction_decisions.ts';

// Listed, not read from disk: the same chain runs under tsx, vitest and a bundle. Names sort in order.
export const migrations: Record<string, Migration> = {
  '2026-11-23_01_organisations_and_accounts': organisationsAndAccounts,
  '2026-11-23_02_codebooks_and_surveys': codebooksAndSurveys,
  '2026-11-23_03_responses_stories_codings': responsesStoriesCodings,
  '2026-11-23_04_actions_exports_audit': actionsExportsAudit,
  '2026-11-23_05_response_receipt_seal': responseReceiptSeal,
  '2026-11-23_06_coding_workflow': codingWorkflow,
  '2026-12-04_07_export_expiry': exportExpiry,
  '2026-12-06_15_story_redaction_decisions': storyRedactionDecisions,
};

export const latestMigration = Object.keys(migrations).at(-1) as string;
