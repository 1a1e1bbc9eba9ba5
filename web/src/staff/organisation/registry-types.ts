import type { Api, ResultOf } from '../../lib/api.ts';
import { sectorNames } from '../../lib/labels.ts';

// What /api/organisations/:slug/registry and the DUO import answer, as their routes declare it.
export type Registry = ResultOf<Api['organisations'][':slug']['registry']['$get']>;
export type RegistrySchool = Registry['schools'][number];
export type Sector = RegistrySchool['sector'];
export type ImportReport = ResultOf<Api['organisations'][':slug']['schools']['import']['$post']>;

export const sectorLabels: Record<Sector, string> = sectorNames;
