import { sectorNames } from '../../lib/labels.ts';
// Dutch labels of the signal codes the api uses (api/src/signals/service.ts).
export const channelLabels = {
  telefoon: 'Telefoon',
  'e-mail': 'E-mail',
  oudercafe: 'Oudercafé',
  huisbezoek: 'Huisbezoek',
  anders: 'Anders',
} as const;
export type Channel = keyof typeof channelLabels;

export const askerLabels = { ouder: 'Ouder', jongere: 'Jongere', professional: 'Professional' } as const;
export type AskerRole = keyof typeof askerLabels;

export const sectorLabels = { '': 'Onbekend', ...sectorNames } as const;
export type SectorChoice = keyof typeof sectorLabels;

export const outcomeLabels = {
  beantwoord: 'Beantwoord',
  doorverwezen_school: 'Doorverwezen naar school',
  doorverwezen_swv: 'Doorverwezen naar SWV',
  doorverwezen_onderwijsconsulent: 'Doorverwezen naar onderwijsconsulent',
  doorverwezen_anders: 'Doorverwezen naar anders',
} as const;
export type Outcome = keyof typeof outcomeLabels;

/** Today in Europe/Amsterdam as dd-mm-jjjj, the way the entry screen shows dates. */
export function todayDutch(now = new Date()): string {
  const parts = new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}-${part('month')}-${part('year')}`;
}

/** dd-mm-jjjj (or d-m-jjjj, or jjjj-mm-dd) as YYYY-MM-DD; undefined when it is no real date. */
export function parseDutchDate(text: string): string | undefined {
  const trimmed = text.trim();
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(trimmed);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const [year, month, day] = dutch ? [dutch[3], dutch[2], dutch[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!year || !month || !day) return undefined;
  const value = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? undefined : value;
}

/** YYYY-MM-DD as dd-mm-jjjj. */
export function formatDutchDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}-${month}-${year}`;
}
