import type { Sector } from '@klankbord/api/database';

// Codes as staff read them, for every table, filter and form of the staff screens.

/** A school's sector (the api's Sector type) in words, with the code people know it by. */
export const sectorNames: Record<Sector, string> = {
  po: 'primair onderwijs (po)',
  vo: 'voortgezet onderwijs (vo)',
  so: 'speciaal onderwijs (so)',
  sbo: 'speciaal basisonderwijs (sbo)',
  mbo: 'middelbaar beroepsonderwijs (mbo)',
};

/** The name of a sector code; an unknown code is shown as it is. */
export const sectorName = (code: string) => (sectorNames as Record<string, string>)[code] ?? code;

/** How an analysis view can split its figures, in words. */
export const groupingNames = {
  sector: 'schoolsoort',
  school: 'school',
  role: 'ouder of jongere',
  tone: 'toon van het verhaal',
} as const;
