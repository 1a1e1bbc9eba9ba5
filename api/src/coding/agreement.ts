import { scoreCodings } from '@klankbord/analysis/classifier';
import { cohensKappa, krippendorffAlpha } from '@klankbord/analysis/statistics';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.ts';
import { organisationInScope } from '../organisations/scope.ts';
import type { Database } from '../db/database.ts';
import { organisationAndChildren } from '../organisations/hierarchy.ts';
import { doubleShareOf } from './queries.ts';
import { coderRoles, requireActiveCodebook } from './service.ts';

type Figure = { value: number; n: number } | { value: null; n: number; reason: string };

const round3 = (value: number) => Math.round(value * 1000) / 1000;

function kappaOf(a: boolean[], b: boolean[]): Figure {
  const result = cohensKappa(a.map(String), b.map(String));
  return result.ok
    ? { value: round3(result.kappa), n: result.n }
    : { value: null, n: a.length, reason: result.message };
}

function codesByStory(rows: { story_id: number; code: string }[]): Map<number, Set<string>> {
  const byStory = new Map<number, Set<string>>();
  for (const row of rows) byStory.set(row.story_id, (byStory.get(row.story_id) ?? new Set()).add(row.code));
  return byStory;
}

/**
 * Coder–coder, machine–consensus and self-tag–consensus agreement per theme of the active codebook, and
 * Krippendorff's alpha over every (story, theme) unit of the double-coded stories. Reads only the coded
 * stories of one organisation: compact rows of story id and theme code.
 */
export async function agreementReport(db: Kysely<Database>, user: SessionUser, organisationSlug: string) {
  const organisation = await organisationInScope(db, user, organisationSlug, coderRoles);
  const organisationIds = await organisationAndChildren(db, organisation.id);
  const codebook = await requireActiveCodebook(db);
  const codes = codebook.themes.map((t) => t.code);

  const base = db
    .selectFrom('codings as c')
    .innerJoin('themes as t', 't.id', 'c.theme_id')
    .innerJoin('stories as s', 's.id', 'c.story_id')
    .where('t.codebook_id', '=', codebook.id)
    .where('s.organisation_id', 'in', organisationIds);

  // Pairs: double-coded stories whose two coders are both done.
  const pairs = await db
    .selectFrom('coding_assignments as a')
    .innerJoin('stories as s', 's.id', 'a.story_id')
    .select(['a.story_id', 'a.coder_user_id', 'a.slot'])
    .where('a.is_double', '=', true)
    .where('a.done_at', 'is not', null)
    .where('a.codebook_id', '=', codebook.id)
    .where('s.organisation_id', 'in', organisationIds)
    .execute();
  const human = await base
    .select(['c.story_id', 'c.coder_user_id', 't.code'])
    .where('c.is_consensus', '=', false)
    .where('c.coder_user_id', 'is not', null)
    .execute();
  const coderCodes = new Map<string, Set<string>>();
  for (const row of human) {
    const key = `${row.story_id}:${row.coder_user_id}`;
    coderCodes.set(key, (coderCodes.get(key) ?? new Set()).add(row.code));
  }
  const bySlot = new Map<number, { first?: number; second?: number }>();
  for (const p of pairs) {
    const entry = bySlot.get(p.story_id) ?? {};
    if (p.slot === 1) entry.first = p.coder_user_id;
    else entry.second = p.coder_user_id;
    bySlot.set(p.story_id, entry);
  }
  const doubleCoded = [...bySlot.entries()].flatMap(([storyId, { first, second }]) =>
    first === undefined || second === undefined
      ? []
      : [
          {
            a: coderCodes.get(`${storyId}:${first}`) ?? new Set<string>(),
            b: coderCodes.get(`${storyId}:${second}`) ?? new Set<string>(),
          },
        ],
  );

  // Consensus: stories with a decision (possibly no themes) or with consensus codings from before decisions existed.
  const consensus = codesByStory(
    await base.select(['c.story_id', 't.code']).where('c.is_consensus', '=', true).execute(),
  );
  const decided = await db
    .selectFrom('coding_decisions as d')
    .innerJoin('stories as s', 's.id', 'd.story_id')
    .select('d.story_id')
    .where('d.codebook_id', '=', codebook.id)
    .where('s.organisation_id', 'in', organisationIds)
    .execute();
  for (const { story_id } of decided) if (!consensus.has(story_id)) consensus.set(story_id, new Set());
  const consensusIds = [...consensus.keys()];

  const selfTags = consensusIds.length
    ? await db.selectFrom('stories').select(['id', 'self_themes']).where('id', 'in', consensusIds).execute()
    : [];
  // Machine: stories the classifier read when first served (its reason, if it gave no themes, counts as no themes).
  const machineRuns = consensusIds.length
    ? await db
        .selectFrom('coding_assignments')
        .select(['story_id', 'classifier_version'])
        .where('slot', '=', 1)
        .where('classifier_version', 'is not', null)
        .where('story_id', 'in', consensusIds)
        .execute()
    : [];
  const machine = codesByStory(
    machineRuns.length
      ? await base
          .select(['c.story_id', 't.code'])
          .where('c.classifier_version', 'is not', null)
          .where(
            'c.story_id',
            'in',
            machineRuns.map((r) => r.story_id),
          )
          .execute()
      : [],
  );
  const machineTruth = machineRuns.map((r) => [...(consensus.get(r.story_id) ?? [])]);
  const machinePredicted = machineRuns.map((r) => [...(machine.get(r.story_id) ?? [])]);
  const machineScores = scoreCodings(machineTruth, machinePredicted, codes);

  const themes = codebook.themes.map((theme, t) => {
    const m = machineScores.themes[t];
    return {
      code: theme.code,
      label: theme.label,
      coders: kappaOf(
        doubleCoded.map((p) => p.a.has(theme.code)),
        doubleCoded.map((p) => p.b.has(theme.code)),
      ),
      machine: {
        n: machineRuns.length,
        precision: m && m.predicted > 0 ? m.precision : null,
        recall: m && m.support > 0 ? m.recall : null,
        kappa: m?.kappa ?? null,
      },
      selfTags: kappaOf(
        selfTags.map((s) => s.self_themes.includes(theme.code)),
        selfTags.map((s) => consensus.get(s.id)?.has(theme.code) ?? false),
      ),
    };
  });
  // Each (story, theme) is one unit with two nominal values: applied (1) or not (0).
  const units = doubleCoded.flatMap((p) => codes.map((code) => [p.a.has(code) ? 1 : 0, p.b.has(code) ? 1 : 0]));
  const alpha = krippendorffAlpha(units, 'nominal');
  return {
    organisation: organisation.slug,
    codebookVersion: codebook.version,
    doubleShare: await doubleShareOf(db, [organisation.id]),
    doubleCodedStories: doubleCoded.length,
    consensusStories: consensusIds.length,
    krippendorffAlpha: alpha.ok
      ? { value: round3(alpha.alpha), n: doubleCoded.length, units: units.length }
      : { value: null, n: doubleCoded.length, units: units.length, reason: alpha.message },
    alphaNote: 'Elke combinatie van verhaal en thema is één eenheid met nominale waarde toegepast/niet toegepast.',
    themes,
  };
}
