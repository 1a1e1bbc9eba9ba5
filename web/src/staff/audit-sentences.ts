import type { AuditAction } from '@klankbord/api/audit-actions';
import { formatNumber } from '../lib/format.ts';
import { roleLabels } from './session.tsx';

type Details = Record<string, unknown>;
/** Names the logbook knows: an account id → its e-mail address, when the admin may see it. */
export type AccountNames = (id: unknown) => string;

const num = (value: unknown) => (typeof value === 'number' ? formatNumber(value) : String(value ?? '?'));
const role = (value: unknown) => (roleLabels[String(value)] ?? String(value ?? '')).toLowerCase();
const plural = (n: unknown, one: string, many: string) => `${num(n)} ${n === 1 ? one : many}`;
const list = (value: unknown) => (Array.isArray(value) ? value.map(String).join(', ') : '');
const fieldNames: Record<string, string> = {
  name: 'naam',
  sector: 'schoolsoort',
  pupils: 'leerlingen',
  closed: 'gesloten',
  status: 'status',
  owner: 'eigenaar',
  evaluation: 'evaluatie',
  dueOn: 'datum',
  description: 'beschrijving',
};
const fields = (value: unknown) =>
  Array.isArray(value) ? value.map((f) => fieldNames[String(f)] ?? String(f)).join(', ') : '';
const rows = (counts: unknown) => {
  const c = (counts ?? {}) as Record<string, number>;
  const parts = [
    c.responses !== undefined && plural(c.responses, 'antwoordenlijst', 'antwoordenlijsten'),
    c.stories !== undefined && plural(c.stories, 'verhaal', 'verhalen'),
    c.codings !== undefined && plural(c.codings, 'codering', 'coderingen'),
  ].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
};

/** What happened, as a Dutch sentence, for every action the api writes to the audit log. */
export const auditSentences: Record<AuditAction, (d: Details, account: AccountNames) => string> = {
  'auth.login': () => 'Ingelogd.',
  'auth.login_failed': (d) => `Inloggen mislukt (${plural(d.attempts ?? 1, 'poging', 'pogingen')} in dit uur).`,
  'auth.password_changed': () => 'Eigen wachtwoord gewijzigd.',
  'auth.password_reset_requested': () => 'Herstellink voor het wachtwoord aangevraagd.',
  'auth.password_reset_by_link': () => 'Wachtwoord gewijzigd met een herstellink.',
  'user.create': (d, account) => `Account ${account(d.targetUserId)} aangemaakt, met de rol ${role(d.role)}.`,
  'user.membership_added': (d, account) => `Rol ${role(d.role)} gegeven aan ${account(d.targetUserId)}.`,
  'user.membership_removed': (d, account) => `Rol ${role(d.role)} weggehaald bij ${account(d.targetUserId)}.`,
  'user.disabled': (d, account) => `Account ${account(d.targetUserId)} uitgezet.`,
  'user.enabled': (d, account) => `Account ${account(d.targetUserId)} weer aangezet.`,
  'user.password_reset': (d, account) => `Nieuw eenmalig wachtwoord gemaakt voor ${account(d.targetUserId)}.`,
  'organisation.setup': (d) =>
    `Organisatie ingericht (${d.kind === 'bestuur' ? 'bestuur' : 'samenwerkingsverband'}, ${d.via === 'web' ? 'in de browser' : 'via de opdrachtregel'}).`,
  'organisation.settings': (d) => {
    const languages = Array.isArray(d.languages) ? d.languages.join(', ') : 'alle talen';
    return `Instellingen gewijzigd: kleinste groep ${d.minGroupSize == null ? 'standaard' : num(d.minGroupSize)}, talen ${languages}, bewaren ${plural(d.retentionYears, 'jaar', 'jaar')}.`;
  },
  'board.create': (d) => `Bestuur toegevoegd${d.duoNumber ? ` (bevoegd gezag ${String(d.duoNumber)})` : ''}.`,
  'school.update': (d) => `School gewijzigd: ${fields(d.fields) || 'gegevens'}.`,
  'schools.import': (d) =>
    `Scholen ingelezen uit DUO: ${num(d.added)} nieuw, ${num(d.updated)} bijgewerkt, ${num(d.missing)} niet meer in het bestand.`,
  'retention.sweep': (d) =>
    `Bewaartermijn voorbij: ${plural(d.responses, 'antwoordenlijst', 'antwoordenlijsten')} en ${plural(d.stories, 'verhaal', 'verhalen')} verwijderd.`,
  'codebook.imported': (d) =>
    `Codeboek versie ${String(d.version)} ingelezen (${plural(d.themes, 'thema', 'thema’s')}).`,
  'codebook.activated': (d) =>
    `Codeboek versie ${String(d.version)} actief gemaakt${d.previous ? ` (was ${String(d.previous)})` : ''}.`,
  'codebook.discarded': (d) => `Conceptversie ${String(d.version)} van het codeboek weggegooid.`,
  'codebook.draft_from_cluster': (d) =>
    `Conceptversie ${String(d.version)} van het codeboek gemaakt met thema ${String(d.code)} (uit een groep van ${plural(d.clusterSize, 'verhaal', 'verhalen')}).`,
  'coding.settings': () => 'Instellingen voor het coderen gewijzigd.',
  'story.quote_approved': (d) => `Citaat uit verhaal ${num(d.storyId)} goedgekeurd.`,
  'story.quote_rejected': (d) => `Citaat uit verhaal ${num(d.storyId)} afgewezen.`,
  'story.redaction_decided': (d) =>
    `In verhaal ${num(d.storyId)} een twijfelwoord ${d.decision === 'keep' ? 'laten staan' : 'weggelakt'}.`,
  'action.create': (d) => `Actie vastgelegd voor thema ${String(d.theme)} (${String(d.year)}).`,
  'action.update': (d) => {
    const status = d.status as { from?: string; to?: string } | undefined;
    return `Actie ${num(d.actionId)} bijgewerkt: ${fields(d.fields)}${status?.to ? ` (status ${status.from} → ${status.to})` : ''}.`;
  },
  'invitations.generate': (d) =>
    `${plural(d.count, 'uitnodigingscode', 'uitnodigingscodes')} gemaakt voor meting ${num(d.waveId)}.`,
  'report.view': (d) =>
    `Jaarrapport ${String(d.year)} ${d.format === 'pdf' ? 'als pdf gedownload' : 'bekeken'}${d.via === 'cli' ? ' (opdrachtregel)' : ''}.`,
  'export.requested': (d) =>
    `Export ${num(d.exportId)} aangevraagd (k = ${num(d.k)}${Array.isArray(d.quasiIdentifiers) ? `; kenmerken: ${list(d.quasiIdentifiers)}` : ''}).`,
  'export.completed': (d) => `Export ${num(d.exportId)} klaar${rows(d.rowCounts)}.`,
  'export.failed': (d) => `Export ${num(d.exportId)} mislukt.`,
  'export.downloaded': (d) => `Export ${num(d.exportId)} gedownload.`,
  'export.expired': (d) =>
    `Export ${num(d.exportId)} verwijderd: de bewaartermijn van ${num(d.retentionDays)} dagen is voorbij.`,
  'export.cli': (d) => `Export via de opdrachtregel door ${String(d.operator ?? 'onbekend')}${rows(d.rowCounts)}.`,
};

/** The sentence for an entry; an action this version does not know is named as it is. */
export function auditSentence(action: string, details: Details, account: AccountNames): string {
  const sentence = (auditSentences as Record<string, (typeof auditSentences)[AuditAction] | undefined>)[action];
  return sentence ? sentence(details ?? {}, account) : `Gebeurtenis ${action}.`;
}
