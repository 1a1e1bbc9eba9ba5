import type { Sector } from '../db/database.ts';

// Group names as a reader says them: sector names in words, never the code alone.
export const sectorNames: Record<Sector, string> = {
  po: 'primair onderwijs',
  vo: 'voortgezet onderwijs',
  so: 'speciaal onderwijs',
  sbo: 'speciaal basisonderwijs',
  mbo: 'middelbaar beroepsonderwijs',
};

const roleNames: Record<string, string> = { ouder: 'ouders', jongere: 'jongeren' };

/** The words for a group key of a breakdown ('onbekend': answers given without a school). */
export function groupName(by: string, key: string, schoolLabel?: string | null): string {
  if (key === 'onbekend') return by === 'school' ? 'geen school gekozen' : 'onbekend';
  if (by === 'sector') return sectorNames[key as Sector] ?? key;
  if (by === 'role') return roleNames[key] ?? key;
  return schoolLabel ?? key;
}
