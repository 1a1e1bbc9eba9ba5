import type { ErrorKey, ErrorParams } from '@klankbord/api/error-keys';
import { formatDate, formatNumber } from './format.ts';

type Sentence = (p: Readonly<ErrorParams>) => string;

const text = (value: ErrorParams[string] | undefined) =>
  value === undefined ? '' : Array.isArray(value) ? value.join(', ') : String(value);
const quoted = (value: ErrorParams[string] | undefined) => `“${text(value)}”`;
const date = (value: ErrorParams[string] | undefined) => (typeof value === 'string' ? formatDate(value) : text(value));
const seconds = (value: ErrorParams[string] | undefined) =>
  typeof value === 'number' ? `${formatNumber(value)} ${value === 1 ? 'seconde' : 'seconden'}` : 'even';

/** The one Dutch catalogue of the api's errors: a sentence per key, with its params filled in. */
export const errorMessages: Record<ErrorKey, Sentence> = {
  bad_request: () => 'Het verzoek klopt niet. Probeer het opnieuw of laad de pagina opnieuw.',
  address_invalid: () => 'Het adres klopt niet: er staat een ongeldig %-teken in.',
  json_required: () => 'De gegevens zijn in een verkeerde vorm verstuurd. Laad de pagina opnieuw.',
  body_too_large: () => 'Wat u stuurt is te groot. Maak het kleiner en probeer het opnieuw.',
  fields_invalid: (p) =>
    Array.isArray(p.fields) && p.fields.length
      ? `Niet alles is goed ingevuld (${text(p.fields)}).`
      : 'Niet alles is goed ingevuld.',
  text_unstorable: () => 'De tekst bevat een teken dat niet bewaard kan worden. Haal het weg en probeer opnieuw.',
  route_not_found: () => 'Deze pagina of functie bestaat niet (meer).',
  internal: () => 'Er ging bij ons iets mis. Probeer het later opnieuw.',
  login_required: () => 'Log eerst in; misschien was u te lang weg.',
  login_wrong: () => 'Het e-mailadres of het wachtwoord klopt niet.',
  login_rate_limited: (p) => `Te vaak geprobeerd. Probeer het over ${seconds(p.seconds)} opnieuw.`,
  csrf_failed: () => 'Dit verzoek kwam niet van een Klankbord-pagina. Laad de pagina opnieuw.',
  password_change_required: () => 'Kies eerst een nieuw wachtwoord.',
  role_forbidden: () => 'Met uw rol kunt u dit niet zien of doen.',
  current_password_wrong: () => 'Het huidige wachtwoord klopt niet.',
  password_weak: () => 'Dit wachtwoord is te zwak. Kies een langer wachtwoord dat niet makkelijk te raden is.',
  mail_not_configured: () =>
    'Deze installatie verstuurt geen e-mail. Vraag een beheerder om een nieuw eenmalig wachtwoord.',
  reset_link_invalid: (p) =>
    p.reason === 'used'
      ? 'Deze herstellink is al gebruikt. Vraag een nieuwe aan.'
      : p.reason === 'expired'
        ? 'Deze herstellink is verlopen. Vraag een nieuwe aan.'
        : 'Deze herstellink klopt niet. Vraag een nieuwe aan.',
  organisation_not_found: (p) => `De organisatie ${quoted(p.slug)} bestaat niet.`,
  organisation_unknown: (p) => `De organisatie ${quoted(p.slug)} bestaat niet.`,
  organisation_outside_access: () => 'Deze organisatie valt buiten uw toegang.',
  account_outside_access: () => 'Dit account valt buiten uw toegang.',
  membership_outside_access: () => 'Deze rol hoort bij een organisatie buiten uw toegang.',
  school_role_needs_school: () => 'Kies een school bij de rol schoolcontact, en alleen bij die rol.',
  school_not_in_organisation: () => 'Deze school hoort niet bij de organisatie.',
  account_exists: (p) => `Er is al een account voor ${text(p.email)}.`,
  role_exists: () => 'Dit account heeft deze rol al.',
  own_admin_role: () => 'U kunt uw eigen beheerdersrol niet weghalen. Vraag een andere beheerder.',
  own_account_disable: () => 'U kunt uw eigen account niet uitzetten. Vraag een andere beheerder.',
  already_set_up: () => 'Deze installatie is al ingericht. Log in.',
  setup_token_wrong: () => 'De inrichtingscode klopt niet.',
  setup_invalid: (p) =>
    Array.isArray(p.fields) && p.fields.length
      ? `Niet alles is goed ingevuld (${text(p.fields)}).`
      : 'Niet alles is goed ingevuld.',
  organisation_slug_taken: (p) => `De korte naam ${quoted(p.slug)} is al in gebruik.`,
  school_not_found: (p) => `School ${text(p.id)} bestaat niet in deze organisatie.`,
  nothing_to_change: () => 'Er is niets veranderd.',
  boards_only_under_swv: () => 'Alleen een samenwerkingsverband heeft besturen onder zich.',
  board_number_taken: (p) => `Bevoegd gezag ${text(p.number)} is hier al een bestuur.`,
  import_unclosed_quote: (p) =>
    `${text(p.file)}: een aanhalingsteken op regel ${text(p.line)} wordt nergens gesloten. Er is niets ingelezen.`,
  import_unknown_layout: (p) => `${text(p.file)}: de kolommen van dit bestand herkennen we niet.`,
  import_bad_rows: (p) =>
    `${text(p.file)}: ${text(p.count)} ${p.count === 1 ? 'regel klopt' : 'regels kloppen'} niet. Er is niets ingelezen.`,
  definition_invalid: (p) =>
    `De vragenlijst heeft ${p.count === 1 ? 'één probleem' : `${text(p.count)} problemen`}; zie de lijst.`,
  definition_check_timeout: (p) =>
    `Het controleren van deze vragenlijst duurde langer dan ${seconds(p.seconds)}; maak hem kleiner.`,
  definition_check_busy: () => 'Er worden nu te veel vragenlijsten tegelijk gecontroleerd. Probeer het zo opnieuw.',
  survey_not_found: (p) => `Vragenlijst ${text(p.id)} bestaat niet.`,
  survey_outside_access: () => 'Deze vragenlijst valt buiten uw toegang.',
  survey_version_not_found: (p) => `Versie ${text(p.id)} van de vragenlijst bestaat niet.`,
  survey_slug_taken: (p) => `Er is al een vragenlijst ${quoted(p.slug)} in ${text(p.organisation)}.`,
  survey_version_published: () => 'Een gepubliceerde versie verandert niet meer; maak een nieuwe versie.',
  survey_version_not_published: () => 'Publiceer deze versie van de vragenlijst voordat u er een meting mee start.',
  report_mark_not_scale: (p) =>
    `Vraag ${quoted(p.question)} kan geen rapportcijfer zijn: kies een vraag met een cijferschaal (zoals 1–10 of 1–4).`,
  wave_not_found: (p) => `Meting ${text(p.id)} bestaat niet (voor deze organisatie).`,
  wave_outside_access: () => 'Deze meting valt buiten uw toegang.',
  wave_invalid: () => 'Niet alles van de meting is goed ingevuld.',
  wave_school_unknown: () => 'Deze school hoort niet bij de meting.',
  respondent_code_not_found: (p) =>
    `${text(p.what) || 'Deze code'} bestaat niet. Kijk of u de code goed heeft overgenomen.`,
  wave_not_open_yet: (p) => `Deze vragenlijst is nog niet open. U kunt meedoen vanaf ${date(p.opensOn)}.`,
  wave_closed: () => 'Deze vragenlijst is gesloten. U kunt niet meer meedoen.',
  form_incomplete: () => 'Niet alles is goed ingevuld.',
  school_required: () => 'Kies eerst de school.',
  invitation_used: () => 'Deze uitnodigingscode is al gebruikt. Elke code werkt maar één keer.',
  public_rate_limited: () => 'U heeft te vaak iets verstuurd. Wacht even en probeer het dan opnieuw.',
  codebook_missing: () => 'Er is nog geen codeboek.',
  national_waves_not_found: (p) => `Er zijn geen metingen voor ${text(p.audience)} in ${text(p.year)}.`,
  analysis_by_invalid: (p) => `Kies een indeling uit de lijst (${text(p.allowed)}).`,
  question_not_found: (p) => `De vragenlijst van deze meting heeft geen gesloten vraag ${quoted(p.name)}.`,
  reference_school_not_in_view: (p) => `School ${text(p.id)} valt niet binnen uw zicht op deze organisatie.`,
  own_school_only: () => 'Alleen een schoolcontact heeft een eigen school in deze organisatie.',
  report_year_not_found: (p) => `Er is geen meting in ${text(p.year)} voor ${quoted(p.name)}.`,
  results_not_published: () => 'Voor deze organisatie en dit jaar zijn (nog) geen resultaten gepubliceerd.',
  results_school_not_found: () => 'Deze school staat niet in de gepubliceerde resultaten.',
  results_nothing_to_withdraw: (p) =>
    `De resultaten van ${text(p.year)} zijn niet gepubliceerd; er is niets in te trekken.`,
  chromium_missing: () => 'De pdf kan op deze server niet gemaakt worden (Chromium ontbreekt). Druk de pagina af.',
  pdf_busy: () => 'Er worden nu te veel rapporten tegelijk gemaakt. Probeer het zo opnieuw.',
  codebook_not_active: () => 'Er is geen actief codeboek; activeer eerst een codeboek.',
  codebook_version_not_found: (p) => `Codeboekversie ${text(p.id)} bestaat niet.`,
  codebook_invalid: (p) => text(p.problem) || 'Dit codeboek kunnen we niet lezen.',
  codebook_already_active: (p) => `Versie ${text(p.version)} is al het actieve codeboek.`,
  codebook_version_kept: (p) => `Versie ${text(p.version)} is in gebruik geweest en blijft bewaard.`,
  codebook_changed: () => 'Het actieve codeboek is intussen veranderd. Ververs de pagina.',
  story_not_found: (p) => `Verhaal ${text(p.id)} bestaat niet.`,
  story_outside_access: () => 'Dit verhaal valt buiten uw toegang.',
  phrase_not_in_story: () => 'Dit woord staat niet in het verhaal.',
  quote_without_consent: () => 'Dit verhaal mag niet geciteerd worden: de inzender gaf daar geen toestemming voor.',
  story_not_in_queue: () => 'Dit verhaal staat niet in uw codeerrij; open het via "volgende verhaal".',
  story_already_coded: () => 'U heeft dit verhaal al gecodeerd.',
  story_not_awaiting_consensus: () => 'Dit verhaal wacht niet op een consensusbesluit.',
  cluster_not_found: (p) => `Groep ${text(p.id)} bestaat niet (meer); ververs de lijst.`,
  action_not_found: (p) => `Actie ${text(p.id)} bestaat niet.`,
  action_outside_access: () => 'Deze actie hoort bij een organisatie buiten uw toegang.',
  signal_period_invalid: () => 'De periode klopt niet: kies een einddatum op of na de begindatum.',
  export_waves_empty: () => 'Kies minstens één meting, of laat de keuze leeg voor alle metingen.',
  export_quasi_identifiers_empty: () =>
    'Kies minstens één kenmerk om op te anonimiseren: zonder kenmerken is niets k-anoniem.',
  export_quasi_identifiers_unknown: (p) => `Onbekend kenmerk: ${text(p.names)}.`,
  export_waves_outside: (p) => `Meting ${text(p.waves)} hoort niet bij ${text(p.slug)}.`,
  export_needs_codebook: () => 'Voor REFI-QDA-bestanden is een actief codeboek nodig, en dat is er niet.',
  export_not_found: (p) => `Export ${text(p.id)} bestaat niet.`,
  export_expired: () => 'Deze export is na de bewaartermijn verwijderd. Start een nieuwe export.',
  export_failed: () => 'Deze export is mislukt; er is niets te downloaden. Start een nieuwe export.',
  export_not_ready: () => 'Deze export is nog niet klaar.',
  export_file_missing: () => 'Het bestand van deze export staat niet meer op de server. Start een nieuwe export.',
};

/** The Dutch sentence for an api error; `fallback` when the key is unknown (an older or newer server). */
export function errorMessage(key: string, params: Readonly<ErrorParams> = {}, fallback = 'Dat lukte niet.'): string {
  const sentence = (errorMessages as Record<string, Sentence | undefined>)[key];
  return sentence ? sentence(params) : fallback;
}
