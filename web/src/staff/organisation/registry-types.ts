import { sectorNames } from '../../lib/labels.ts';

// What /api/organisations/:slug/registry and the DUO import answer (see api/src/organisations/).
export type Sector = 'po' | 'vo' | 'so' | 'sbo' | 'mbo';

export interface RegistrySchool {
  id: number;
  name: string;
  brin: string;
  vestiging: string;
  sector: Sector;
  municipality: string;
  pupils: number | null;
  closed: boolean;
  boardId: number;
  openLinks: { code: string; wave: string }[];
}

export interface Registry {
  organisation: { slug: string; name: string; kind: 'swv' | 'bestuur' };
  boards: { id: number; slug: string; name: string; duoNumber: string | null }[];
  schools: RegistrySchool[];
}

export interface ImportReport {
  dryRun: boolean;
  counts: { added: number; updated: number; unchanged: number; missing: number; boardsAdded: number };
  boardsAdded: { number: string; name: string }[];
  added: { brin: string; vestiging: string; name: string; sector: Sector; municipality: string }[];
  updated: { brin: string; vestiging: string; name: string; changes: { field: string; from: string; to: string }[] }[];
  missing: { brin: string; vestiging: string; name: string }[];
}

export const sectorLabels: Record<Sector, string> = sectorNames;
