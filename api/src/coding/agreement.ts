import { scoreCodings } from '@klankbord/analysis/classifier';
import { themeAgreement } from '@klankbord/analysis/statistics';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.ts';
import { organisationInScope } from '../organisations/scope.ts';
import type { Database } from '../db/database.ts';
import { organisationAndChildren } from '../organisations/hierarchy.ts';
import { agreementPairs } from './agreement-pairs.ts';
import { doubleShareOf } from './queries.ts';
import { coderRoles, requireActiveCodebook } from './service.ts';

/**
 * Coder–coder, machine–consensus and self-tag–consensus agreement per theme of the active codebook, and
 * Krippendorff's alpha over every (story, theme) unit of the double-coded stories: the same pairs and the
 * same computation (themeAgreement) as the annual report's methods appendix.
 */
export async function agreementReport(db: Kysely<Database>, user: SessionUser, organisationSlug: string) {
  const organisation = await organisationInScope(db, user, organisationSlug, coderRoles);
  const organisationIds = await organisationAndChildren(db, organisation.id);
  const codebook = await requireActiveCodebook(db);
  const codes = codebook.themes.map((t) => t.code);
  const pairs = await agreementPairs(db, { organisationIds, codebookId: codebook.id });
  const { doubleCoded, consensus, consensusIds } = pairs;
  const coders = themeAgreement(doubleCoded, codes);
  const machineAgreement = themeAgreement(pairs.machine, codes);

  const selfTags = consensusIds.length
    ? await db.selectFrom('stories').select(['id', 'self_themes']).where('id', 'in', consensusIds).execute()
    : [];
  const selfTagAgreement = themeAgreement(
    selfTags.map((story) => ({ a: new Set(story.self_themes), b: consensus.get(story.id) ?? new Set<string>() })),
    codes,
  );
  const machineScores = scoreCodings(
    pairs.machine.map((p) => [...p.b]),
    pairs.machine.map((p) => [...p.a]),
    codes,
  );

  const themes = codebook.themes.map((theme, t) => {
    const m = machineScores.themes[t];
    return {
      code: theme.code,
      label: theme.label,
      coders: coders.themes[t]!.kappa,
      machine: {
        n: pairs.machine.length,
        precision: m && m.predicted > 0 ? m.precision : null,
        recall: m && m.support > 0 ? m.recall : null,
        kappa: machineAgreement.themes[t]!.kappa.value,
      },
      selfTags: selfTagAgreement.themes[t]!.kappa,
    };
  });
  return {
    organisation: organisation.slug,
    codebookVersion: codebook.version,
    doubleShare: await doubleShareOf(db, [organisation.id]),
    doubleCodedStories: doubleCoded.length,
    consensusStories: consensusIds.length,
    krippendorffAlpha: coders.alpha,
    /** The figures the annual report prints: kappa per theme averaged over themes. */
    meanKappa: { coders: coders.meanKappa, machine: machineAgreement.meanKappa },
    alphaNote: 'Elke combinatie van verhaal en thema is één eenheid met nominale waarde toegepast/niet toegepast.',
    themes,
  };
}
