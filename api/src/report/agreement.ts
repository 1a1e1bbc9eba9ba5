import { type AgreementFigure as Figure, themeAgreement } from '@klankbord/analysis/statistics';
import type { Kysely } from 'kysely';
import { agreementPairs } from '../coding/agreement-pairs.ts';
import type { Database } from '../db/database.ts';

export interface AgreementFigure {
  /** Mean Cohen's kappa over the themes that could be computed, with the number of stories behind it. */
  kappa: number | null;
  stories: number;
  note: string;
}

export interface AgreementFigures {
  coders: AgreementFigure;
  machine: AgreementFigure;
}

function described(figure: Figure, what: string): AgreementFigure {
  return figure.value === null
    ? { kappa: null, stories: figure.n, note: `${figure.reason} (${figure.n} verhalen ${what}).` }
    : {
        kappa: figure.value,
        stories: figure.n,
        note: `Cohen’s kappa per thema, gemiddeld; ${figure.n} verhalen ${what}.`,
      };
}

/**
 * Agreement between the two coders of double-coded stories and between the classifier and the agreed
 * codes in the year's waves: the agreement screen's pairs and computation (themeAgreement), so the
 * report and the screen say the same.
 */
export async function reportAgreement(
  db: Kysely<Database>,
  scope: { organisationIds: number[]; codebookId: number | null; waveIds: number[] },
  codes: string[],
): Promise<AgreementFigures> {
  if (scope.codebookId === null) {
    const none = { value: null, n: 0, reason: 'Niet berekend: geen actief codeerschema' } as const;
    return { coders: described(none, 'gecodeerd'), machine: described(none, 'gecodeerd') };
  }
  const pairs = await agreementPairs(db, { ...scope, codebookId: scope.codebookId });
  return {
    coders: described(themeAgreement(pairs.doubleCoded, codes).meanKappa, 'door twee codeurs gecodeerd'),
    machine: described(
      themeAgreement(pairs.machine, codes).meanKappa,
      'met een machinesuggestie en een vastgestelde codering',
    ),
  };
}
