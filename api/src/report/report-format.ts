import { formatInterval, formatPercent } from '@klankbord/analysis/report';
import type { Sector } from '../db/database.ts';

const months = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** '2026-09-01' → '1 september 2026'. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${months[(month ?? 1) - 1]} ${year}`;
}

export const sectorLabels: Record<Sector, string> = {
  po: 'basisonderwijs (po)',
  vo: 'voortgezet onderwijs (vo)',
  so: 'speciaal onderwijs (so)',
  sbo: 'speciaal basisonderwijs (sbo)',
  mbo: 'mbo',
};

export const statusLabels: Record<string, string> = {
  gepland: 'gepland',
  bezig: 'bezig',
  klaar: 'klaar',
  gestopt: 'gestopt',
};

export const channelLabels: Record<string, string> = {
  telefoon: 'telefoon',
  'e-mail': 'e-mail',
  oudercafe: 'oudercafé',
  huisbezoek: 'huisbezoek',
  anders: 'anders',
};

export const outcomeLabels: Record<string, string> = {
  beantwoord: 'beantwoord',
  doorverwezen_school: 'doorverwezen naar school',
  doorverwezen_swv: 'doorverwezen naar het samenwerkingsverband',
  doorverwezen_onderwijsconsulent: 'doorverwezen naar een onderwijsconsulent',
  doorverwezen_anders: 'elders doorverwezen',
};

/** A share with its interval for a table cell, or a dash with the reason when it is not published. */
export function shareCell(share: { p: number; lower: number; upper: number } | null, missing = 'te weinig gegevens') {
  return share ? `${formatPercent(share.p)} (${formatInterval(share)})` : missing;
}
