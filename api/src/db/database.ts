import type { ColumnType, Generated, JSONColumnType } from 'kysely';

// Row types of the schema in migrations/. Column names stay snake_case, as in SQL.
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Id = Generated<number>;

export type Sector = 'po' | 'vo' | 'so' | 'sbo' | 'mbo';
export type RespondentRole = 'ouder' | 'jongere';
export type StaffRole = 'admin' | 'researcher' | 'board' | 'school' | 'steunpunt';

export interface OrganisationsTable {
  id: Id;
  slug: string;
  name: string;
  kind: 'swv' | 'bestuur';
  parent_id: number | null;
  region: string | null;
  created_at: Generated<Date>;
  /** DUO's bevoegd-gezag number of a board imported from DUO (migration 08). */
  duo_number: Generated<string | null>;
  /** Settings (migration 09): null minimum means the installation's MIN_CELL_SIZE. */
  min_group_size: Generated<number | null>;
  respondent_locales: ColumnType<string[] | null, string | null | undefined, string | null>;
  retention_years: Generated<number>;
  /** Contributes to and sees the installation's reference benchmark (migration 17). */
  reference_benchmark: Generated<boolean>;
}

export interface SchoolsTable {
  id: Id;
  organisation_id: number;
  name: string;
  brin: string;
  vestiging: Generated<string>;
  sector: Sector;
  municipality: string;
  pupil_count: number | null;
  /** Closed schools stay (they may hold answers) but get no new links (migration 08). */
  closed: Generated<boolean>;
}

export interface UsersTable {
  id: Id;
  email: string;
  name: Generated<string>;
  password_hash: string | null;
  must_change_password: Generated<boolean>;
  is_demo: Generated<boolean>;
  disabled_at: Timestamp | null;
  created_at: Generated<Date>;
}

export interface MembershipsTable {
  id: Id;
  user_id: number;
  organisation_id: number;
  school_id: number | null;
  role: StaffRole;
  created_at: Generated<Date>;
}

export interface SessionsTable {
  id: string;
  user_id: number;
  created_at: Generated<Date>;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface CodebookFacetValue {
  code: string;
  label_nl: string;
}
export type CodebookFacets = Record<string, { label_nl: string; values: CodebookFacetValue[] }>;

export interface CodebooksTable {
  id: Id;
  slug: string;
  version: string;
  language: Generated<string>;
  notes: Generated<string>;
  facets: JSONColumnType<CodebookFacets>;
  is_active: Generated<boolean>;
  created_at: Generated<Date>;
  /** The version this one was copied from (migration 06). */
  derived_from: Generated<number | null>;
}

export interface ThemesTable {
  id: Id;
  codebook_id: number;
  code: string;
  label_nl: string;
  label_en: string;
  respondent_label: string;
  coder_note: Generated<string>;
  position: number;
}

export interface SurveysTable {
  id: Id;
  organisation_id: number;
  slug: string;
  title: string;
  audience: RespondentRole;
  created_at: Generated<Date>;
}

export interface SurveyVersionsTable {
  id: Id;
  survey_id: number;
  version: number;
  definition: JSONColumnType<Record<string, unknown>>;
  locales: Generated<string[]>;
  status: Generated<'draft' | 'published'>;
  published_at: Timestamp | null;
  created_at: Generated<Date>;
  /** The item whose answers give the report mark (rapportcijfer); null: none chosen. */
  report_mark: Generated<string | null>;
}

export interface WavesTable {
  id: Id;
  survey_version_id: number;
  organisation_id: number;
  name: string;
  year: number;
  audience: RespondentRole;
  opens_on: string;
  closes_on: string;
  created_at: Generated<Date>;
}

export interface OpenLinksTable {
  id: Id;
  wave_id: number;
  school_id: number | null;
  code: string;
}

export interface InvitationsTable {
  id: Id;
  wave_id: number;
  school_id: number;
  token_hash: string;
  /** Whether, never when: see respondents/redeem-invitation.ts. */
  used: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface ResponsesTable {
  id: Id;
  wave_id: number;
  school_id: number | null;
  role: RespondentRole;
  locale: string;
  answers: JSONColumnType<Record<string, unknown>>;
  submitted_on: string;
  status: 'partial' | 'complete';
  receipt_hash: string;
  resume_hash: string | null;
  /** The receipt code sealed with the resume code, while partial (see migration 05). */
  receipt_sealed: string | null;
  /** Hash of the id the browser gave this send; unique, so a retried send is stored once (migration 13). */
  submission_hash: string | null;
  /** The codes given for that send, sealed with its id, to answer a retry with the same codes. */
  submission_sealed: string | null;
}

export type Tone = 'positief' | 'gemengd' | 'negatief';
export type StoryKind = 'ervaring' | 'wens' | 'vraag' | 'compliment' | 'klacht';

export interface StoriesTable {
  id: Id;
  organisation_id: number;
  wave_id: number | null;
  school_id: number | null;
  sector: Sector | null;
  role: RespondentRole;
  title: string | null;
  text: string;
  codebook_id: number;
  self_themes: string[];
  tone: Tone;
  kind: StoryKind;
  helped: string | null;
  consent_quote: boolean;
  consent_research: boolean;
  quote_status: Generated<'pending' | 'approved' | 'rejected'>;
  locale: string;
  submitted_on: string;
  receipt_hash: string;
}

export interface CodingsTable {
  id: Id;
  story_id: number;
  theme_id: number;
  coder_user_id: number | null;
  classifier_version: string | null;
  score: number | null;
  is_consensus: Generated<boolean>;
  created_at: Generated<Date>;
}

export type SignalChannel = 'telefoon' | 'e-mail' | 'oudercafe' | 'huisbezoek' | 'anders';
export type SignalOutcome =
  'beantwoord' | 'doorverwezen_school' | 'doorverwezen_swv' | 'doorverwezen_onderwijsconsulent' | 'doorverwezen_anders';

export interface SignalsTable {
  id: Id;
  organisation_id: number;
  school_id: number | null;
  signalled_on: string;
  channel: SignalChannel;
  asker_role: 'ouder' | 'jongere' | 'professional';
  sector: Sector | null;
  themes: string[];
  outcome: SignalOutcome;
  note: string | null;
  created_by: number | null;
}

export interface ActionsTable {
  id: Id;
  organisation_id: number;
  theme_code: string;
  year: number;
  title: string;
  owner: Generated<string>;
  status: Generated<'gepland' | 'bezig' | 'klaar' | 'gestopt'>;
  due_on: string | null;
  evaluation: Generated<string>;
  created_by: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ExportsTable {
  id: Id;
  organisation_id: number;
  requested_by: number | null;
  status: Generated<'queued' | 'running' | 'done' | 'failed' | 'expired'>;
  parameters: JSONColumnType<Record<string, unknown>>;
  progress: Generated<number>;
  row_counts: JSONColumnType<Record<string, number>> | null;
  file_path: string | null;
  error: string | null;
  created_at: Generated<Date>;
  finished_at: Timestamp | null;
}

/** Which coder codes which story (migration 06); slot 2 exists only for double-coded stories. */
export interface CodingAssignmentsTable {
  id: Id;
  story_id: number;
  coder_user_id: number;
  slot: 1 | 2;
  is_double: boolean;
  codebook_id: number;
  classifier_version: string | null;
  /** Why the classifier gave no themes ('empty', 'not_dutch', 'codebook_mismatch'); null when it ran. */
  classifier_reason: string | null;
  assigned_at: Generated<Date>;
  done_at: Timestamp | null;
}

export interface CodingDecisionsTable {
  story_id: number;
  codebook_id: number;
  method: 'single' | 'agreed' | 'consensus';
  decided_by: number | null;
  decided_at: Generated<Date>;
}

export interface CodingSettingsTable {
  organisation_id: number;
  double_share: Generated<number>;
}

/** A researcher's decision on a word the redactor doubted (migration 15). */
export interface StoryRedactionDecisionsTable {
  story_id: number;
  phrase: string;
  decision: 'redact' | 'keep';
  decided_by: number | null;
  decided_at: Generated<Date>;
}

export interface PasswordResetTokensTable {
  id: Id;
  user_id: number;
  token_hash: string;
  created_at: Generated<Date>;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface AuditLogTable {
  id: Id;
  at: Generated<Date>;
  user_id: number | null;
  action: string;
  organisation_id: number | null;
  details: JSONColumnType<Record<string, unknown>>;
}

/** A published results page (migration 19): a frozen snapshot per organisation, year and version. */
export interface ResultsPublicationsTable {
  id: Id;
  organisation_id: number;
  year: number;
  version: number;
  published_at: Generated<Date>;
  published_by: number | null;
  unpublished_at: Date | null;
  unpublished_by: number | null;
  snapshot: JSONColumnType<Record<string, unknown>>;
}

/** Complete responses per wave × school, kept by triggers on responses (migration 20). */
export interface ResponseSchoolCountsTable {
  wave_id: number;
  school_id: number;
  responses: number;
}

/** Complete responses per wave × school × item × scale-like answer value, kept by triggers (migration 20). */
export interface ResponseAnswerCountsTable {
  wave_id: number;
  school_id: number;
  item: string;
  value: string;
  /** The value as an integer (every kept value is one). */
  number: number;
  responses: number;
}

export interface Database {
  organisations: OrganisationsTable;
  schools: SchoolsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  codebooks: CodebooksTable;
  themes: ThemesTable;
  surveys: SurveysTable;
  survey_versions: SurveyVersionsTable;
  waves: WavesTable;
  open_links: OpenLinksTable;
  invitations: InvitationsTable;
  responses: ResponsesTable;
  response_school_counts: ResponseSchoolCountsTable;
  response_answer_counts: ResponseAnswerCountsTable;
  stories: StoriesTable;
  codings: CodingsTable;
  signals: SignalsTable;
  actions: ActionsTable;
  exports: ExportsTable;
  audit_log: AuditLogTable;
  coding_assignments: CodingAssignmentsTable;
  coding_decisions: CodingDecisionsTable;
  coding_settings: CodingSettingsTable;
  story_redaction_decisions: StoryRedactionDecisionsTable;
  results_publications: ResultsPublicationsTable;
  password_reset_tokens: PasswordResetTokensTable;
}
