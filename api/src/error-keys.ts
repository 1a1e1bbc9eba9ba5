/**
 * Every error the api can send, by key, with the kind (and so the HTTP status) it belongs to. The web
 * turns each key and its params into a Dutch sentence (web/src/lib/error-messages.ts); a key added
 * here without a sentence there fails the type-check and web/src/lib/error-messages.test.ts.
 */
export const errorKinds = {
  // Requests
  bad_request: 'bad_request',
  address_invalid: 'bad_request',
  json_required: 'unsupported_media_type',
  body_too_large: 'payload_too_large',
  fields_invalid: 'validation_failed',
  text_unstorable: 'validation_failed',
  route_not_found: 'not_found',
  internal: 'internal',
  // Signing in and access
  login_required: 'unauthorized',
  login_wrong: 'unauthorized',
  login_rate_limited: 'rate_limited',
  csrf_failed: 'csrf_failed',
  password_change_required: 'forbidden',
  role_forbidden: 'forbidden',
  current_password_wrong: 'validation_failed',
  password_weak: 'validation_failed',
  mail_not_configured: 'not_found',
  reset_link_invalid: 'gone',
  // Organisations, schools and accounts
  organisation_not_found: 'not_found',
  organisation_unknown: 'validation_failed',
  organisation_outside_access: 'forbidden',
  account_outside_access: 'forbidden',
  membership_outside_access: 'forbidden',
  school_role_needs_school: 'validation_failed',
  school_not_in_organisation: 'validation_failed',
  account_exists: 'conflict',
  role_exists: 'conflict',
  own_admin_role: 'conflict',
  own_account_disable: 'conflict',
  already_set_up: 'conflict',
  setup_token_wrong: 'forbidden',
  setup_invalid: 'validation_failed',
  organisation_slug_taken: 'conflict',
  school_not_found: 'not_found',
  nothing_to_change: 'validation_failed',
  boards_only_under_swv: 'validation_failed',
  board_number_taken: 'conflict',
  import_unclosed_quote: 'validation_failed',
  import_unknown_layout: 'validation_failed',
  import_bad_rows: 'validation_failed',
  // Questionnaires and waves
  definition_invalid: 'validation_failed',
  definition_check_timeout: 'validation_failed',
  definition_check_busy: 'unavailable',
  survey_not_found: 'not_found',
  survey_outside_access: 'forbidden',
  survey_version_not_found: 'not_found',
  survey_slug_taken: 'conflict',
  survey_version_published: 'conflict',
  survey_version_not_published: 'conflict',
  report_mark_not_scale: 'validation_failed',
  wave_not_found: 'not_found',
  wave_outside_access: 'forbidden',
  wave_invalid: 'validation_failed',
  wave_school_unknown: 'validation_failed',
  // Respondents
  respondent_code_not_found: 'not_found',
  wave_not_open_yet: 'gone',
  wave_closed: 'gone',
  form_incomplete: 'validation_failed',
  school_required: 'validation_failed',
  invitation_used: 'conflict',
  public_rate_limited: 'rate_limited',
  codebook_missing: 'not_found',
  // Analysis and report
  national_waves_not_found: 'not_found',
  reference_school_not_in_view: 'not_found',
  analysis_by_invalid: 'validation_failed',
  question_not_found: 'not_found',
  own_school_only: 'forbidden',
  report_year_not_found: 'not_found',
  // Public results page (issue 17)
  results_not_published: 'not_found',
  results_school_not_found: 'not_found',
  results_nothing_to_withdraw: 'not_found',
  chromium_missing: 'unavailable',
  pdf_busy: 'unavailable',
  // Codebook, coding and discovery
  codebook_not_active: 'conflict',
  codebook_version_not_found: 'not_found',
  codebook_invalid: 'validation_failed',
  codebook_already_active: 'conflict',
  codebook_version_kept: 'conflict',
  codebook_changed: 'conflict',
  story_not_found: 'not_found',
  story_outside_access: 'forbidden',
  phrase_not_in_story: 'bad_request',
  quote_without_consent: 'bad_request',
  story_not_in_queue: 'conflict',
  story_already_coded: 'conflict',
  story_not_awaiting_consensus: 'conflict',
  cluster_not_found: 'not_found',
  // Actions and signals
  action_not_found: 'not_found',
  action_outside_access: 'forbidden',
  signal_period_invalid: 'validation_failed',
  // Exports
  export_waves_empty: 'validation_failed',
  export_quasi_identifiers_empty: 'validation_failed',
  export_quasi_identifiers_unknown: 'validation_failed',
  export_waves_outside: 'forbidden',
  export_needs_codebook: 'conflict',
  export_not_found: 'not_found',
  export_expired: 'gone',
  export_failed: 'conflict',
  export_not_ready: 'conflict',
  export_file_missing: 'gone',
} as const;

/** A stable name for one thing that can go wrong, e.g. `organisation_not_found`. */
export type ErrorKey = keyof typeof errorKinds;

/** The kind of an error: the HTTP status follows from it, and old clients switch on it. */
export type ErrorCode = (typeof errorKinds)[ErrorKey];

/** The values a sentence needs, e.g. `{ slug: 'bestaatniet' }`; no sentence of its own. */
export type ErrorParams = Record<string, string | number | readonly string[]>;

/** Every key, for tests and documentation. */
export const errorKeys = Object.keys(errorKinds) as ErrorKey[];
