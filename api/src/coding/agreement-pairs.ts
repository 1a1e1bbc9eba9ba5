import type { CodedPair } from '@klankbord/analysis/statistics';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';

// Which codings are compared, in one place: the agreement screen and the annual report pair them the
// same way (the report only narrows the stories to the waves of its year).

export interface AgreementPairs {
  /** Double-coded stories whose two assigned coders are both done: slot 1 against slot 2. */
  doubleCoded: CodedPair[];
  /** Stories with a consensus (a decision, possibly no themes, or consensus codings). */
  consensusIds: number[];
  consensus: Map<number, Set<string>>;
  /** Stories the classifier read when first served: its themes against the consensus. */
  machine: CodedPair[];
  machineStories: number[];
  machineCodes: Map<number, Set<string>>;
}

function codesByStory(rows: { story_id: number; code: string }[]): Map<number, Set<string>> {
  const byStory = new Map<number, Set<string>>();
  for (const row of rows) byStory.set(row.story_id, (byStory.get(row.story_id) ?? new Set()).add(row.code));
  return byStory;
}

/** The compared codings of the stories of these organisations (and, for the report, these waves). */
export async function agreementPairs(
  db: Kysely<Database>,
  scope: { organisationIds: number[]; codebookId: number; waveIds?: number[] },
): Promise<AgreementPairs> {
  const { organisationIds, codebookId, waveIds } = scope;
  const inWaves = <Q extends { where: (...args: any[]) => Q }>(q: Q): Q =>
    waveIds === undefined ? q : q.where('s.wave_id', 'in', waveIds.length ? waveIds : [-1]);
  const base = inWaves(
    db
      .selectFrom('codings as c')
      .innerJoin('themes as t', 't.id', 'c.theme_id')
      .innerJoin('stories as s', 's.id', 'c.story_id')
      .where('t.codebook_id', '=', codebookId)
      .where('s.organisation_id', 'in', organisationIds),
  );
  const pairs = await inWaves(
    db
      .selectFrom('coding_assignments as a')
      .innerJoin('stories as s', 's.id', 'a.story_id')
      .select(['a.story_id', 'a.coder_user_id', 'a.slot'])
      .where('a.is_double', '=', true)
      .where('a.done_at', 'is not', null)
      .where('a.codebook_id', '=', codebookId)
      .where('s.organisation_id', 'in', organisationIds),
  ).execute();
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
  const doubleCoded = [...bySlot.entries()]
    .sort(([x], [y]) => x - y)
    .flatMap(([storyId, { first, second }]) =>
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
  const decided = await inWaves(
    db
      .selectFrom('coding_decisions as d')
      .innerJoin('stories as s', 's.id', 'd.story_id')
      .select('d.story_id')
      .where('d.codebook_id', '=', codebookId)
      .where('s.organisation_id', 'in', organisationIds),
  ).execute();
  for (const { story_id } of decided) if (!consensus.has(story_id)) consensus.set(story_id, new Set());
  const consensusIds = [...consensus.keys()].sort((x, y) => x - y);

  // Machine: its reason, if it gave no themes, counts as no themes.
  const machineRuns = consensusIds.length
    ? await db
        .selectFrom('coding_assignments')
        .select(['story_id'])
        .where('slot', '=', 1)
        .where('classifier_version', 'is not', null)
        .where('story_id', 'in', consensusIds)
        .orderBy('story_id')
        .execute()
    : [];
  const machineStories = machineRuns.map((r) => r.story_id);
  const machineCodes = codesByStory(
    machineStories.length
      ? await base
          .select(['c.story_id', 't.code'])
          .where('c.classifier_version', 'is not', null)
          .where('c.story_id', 'in', machineStories)
          .execute()
      : [],
  );
  return {
    doubleCoded,
    consensusIds,
    consensus,
    machine: machineStories.map((id) => ({
      a: machineCodes.get(id) ?? new Set<string>(),
      b: consensus.get(id) ?? new Set<string>(),
    })),
    machineStories,
    machineCodes,
  };
}
