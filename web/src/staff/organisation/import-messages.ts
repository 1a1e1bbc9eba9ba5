import { ApiError } from '../../lib/api.ts';

interface RowProblem {
  line: number;
  field: string;
  code: 'missing' | 'malformed' | 'unknown_sector' | 'duplicate' | 'other_organisation';
  value: string;
}

const fieldWords: Record<string, string> = {
  name: 'naam',
  municipality: 'gemeente',
  sector: 'sector',
  pupils: 'leerlingen',
  board: 'bestuur',
};

export function changeField(field: string): string {
  return fieldWords[field] ?? field;
}

function problemText(p: RowProblem): string {
  const where = `Regel ${p.line}${p.field ? `, kolom ${p.field}` : ''}`;
  switch (p.code) {
    case 'missing':
      return `${where}: is leeg.`;
    case 'malformed':
      return `${where}: “${p.value}” klopt niet.`;
    case 'unknown_sector':
      return `${where}: onbekende sector “${p.value}” (kies po, vo, so, sbo of mbo).`;
    case 'duplicate':
      return `Regel ${p.line}: ${p.value} staat twee keer in het bestand.`;
    case 'other_organisation':
      return `Regel ${p.line}: school ${p.value} hoort al bij een andere organisatie.`;
  }
}

/** The Dutch words for what the API said was wrong with a DUO file. */
export function importErrorLines(error: unknown): string[] {
  if (!(error instanceof ApiError)) return ['De server geeft geen antwoord. Probeer het later opnieuw.'];
  const details = (error.details ?? {}) as { reason?: string; problems?: RowProblem[]; expected?: string[] };
  if (error.code === 'payload_too_large') return ['De bestanden zijn te groot (samen hoogstens 40 MB).'];
  if (details.reason === 'unknown_layout')
    return [
      'Dit is geen DUO-bestand dat Klankbord kent, of de sector staat er niet in (kies dan de sector hierboven).',
      `Verwachte kolommen: ${(details.expected ?? []).join('; ').replaceAll(' or ', ' of ')}.`,
    ];
  if (details.problems?.length)
    return [
      `${details.problems.length === 500 ? 'Minstens 500' : details.problems.length} regel(s) kloppen niet. Er is niets ingelezen.`,
      ...details.problems.slice(0, 50).map(problemText),
    ];
  if (error.code === 'forbidden') return ['U bent geen beheerder van deze organisatie.'];
  return ['Inlezen lukte niet. Controleer het bestand en probeer het opnieuw.'];
}
