import { classifyStory } from '@klankbord/analysis/classifier';
import { clusterTexts } from '@klankbord/analysis/clustering';
import type { Kysely } from 'kysely';
import { writeAudit } from '../audit/queries.ts';
import type { SessionUser } from '../auth/sessions.ts';
import { organisationInScope } from '../organisations/scope.ts';
import type { Database } from '../db/database.ts';
import { insertDraftVersion } from '../codebook/versions.ts';
import { AppError } from '../errors.ts';
import { organisationAndChildren, schoolNamesUnder } from '../organisations/hierarchy.ts';
import { coderRoles, requireActiveCodebook } from '../coding/service.ts';
import { classifierFor, redactorFor } from '../coding/suggestions.ts';

/** A story fits no theme well when the classifier's best theme scores below this… */
export const POOR_FIT_SCORE = 0.5;
/** …and only the most recent stories are read, which keeps a request to a few seconds. */
const MAX_STORIES = 1000;

async function poorlyFittingStories(db: Kysely<Database>, organisationId: number) {
  const organisationIds = await organisationAndChildren(db, organisationId);
  const codebook = await requireActiveCodebook(db);
  const stories = await db
    .selectFrom('stories as s')
    .select(['s.id', 's.title', 's.text'])
    // Coders settled on no theme at all: the clearest sign of a thread the codebook lacks.
    .select(({ exists, selectFrom, not, and }) =>
      and([
        exists(selectFrom('coding_decisions as d').select('d.story_id').whereRef('d.story_id', '=', 's.id')),
        not(
          exists(
            selectFrom('codings as c')
              .select('c.id')
              .whereRef('c.story_id', '=', 's.id')
              .where('c.is_consensus', '=', true),
          ),
        ),
      ]).as('no_consensus_theme'),
    )
    .where('s.organisation_id', 'in', organisationIds)
    .orderBy('s.submitted_on', 'desc')
    .orderBy('s.id', 'desc')
    .limit(MAX_STORIES)
    .execute();
  const redact = redactorFor(await schoolNamesUnder(db, organisationId));
  const loaded = await classifierFor(codebook.version);
  const poor = stories.flatMap((story) => {
    const text = redact(story.text);
    if (story.no_consensus_theme) return [{ ...story, text }];
    if (!loaded.ok) return [];
    const result = classifyStory(loaded.classifier, text, { allScores: true, maxEvidence: 0 });
    if (!result.ok) return [];
    const best = Math.max(0, ...(result.scores ?? []).map((s) => s.score));
    return best < POOR_FIT_SCORE ? [{ ...story, text }] : [];
  });
  return { codebook, considered: stories.length, poor, modelMessage: loaded.ok ? null : loaded.message };
}

/** Clusters of stories that fit no theme well, each with its top words and three example stories. */
export async function discoverClusters(db: Kysely<Database>, user: SessionUser, organisationSlug: string) {
  const organisation = await organisationInScope(db, user, organisationSlug, coderRoles);
  const { codebook, considered, poor, modelMessage } = await poorlyFittingStories(db, organisation.id);
  const result = clusterTexts(poor.map((s) => s.text));
  const clusters = result.ok
    ? result.clusters.map((cluster) => ({
        id: cluster.id,
        size: cluster.members.length,
        topTerms: cluster.topTerms,
        examples: cluster.examples.flatMap((i) => {
          const story = poor[i];
          return story ? [{ id: story.id, title: story.title === null ? null : story.title, text: story.text }] : [];
        }),
      }))
    : [];
  return {
    codebookVersion: codebook.version,
    consideredStories: considered,
    poorlyFittingStories: poor.length,
    poorFitScore: POOR_FIT_SCORE,
    clusters,
    message: result.ok ? null : result.message,
    modelMessage,
  };
}

/** Turns a cluster into a new theme in a new, not yet active codebook version copied from the active one. */
export async function themeFromCluster(
  db: Kysely<Database>,
  user: SessionUser,
  clusterId: number,
  input: { organisation: string; code: string; label: string },
) {
  const organisation = await organisationInScope(db, user, input.organisation, coderRoles);
  const { clusters, codebookVersion } = await discoverClusters(db, user, input.organisation);
  const cluster = clusters.find((c) => c.id === clusterId);
  if (!cluster)
    throw new AppError(
      'cluster_not_found',
      { id: clusterId },
      `Cluster ${clusterId} bestaat niet (meer); ververs de lijst.`,
    );
  const codebook = await requireActiveCodebook(db);
  if (codebook.version !== codebookVersion)
    throw new AppError('codebook_changed', {}, 'Het actieve codeboek is intussen veranderd.');
  if (codebook.themes.some((t) => t.code === input.code))
    throw new AppError('form_incomplete', {}, 'Niet alles is goed ingevuld.', {
      code: [`Thema ${input.code} bestaat al.`],
    });
  return db.transaction().execute(async (tx) => {
    const themes = await tx
      .selectFrom('themes')
      .select(['code', 'label_nl', 'label_en', 'respondent_label', 'coder_note'])
      .where('codebook_id', '=', codebook.id)
      .orderBy('position')
      .execute();
    const { id, version, derivedFrom } = await insertDraftVersion(tx, codebook.id, [
      ...themes,
      {
        code: input.code,
        label_nl: input.label,
        label_en: input.label,
        respondent_label: input.label,
        coder_note: `Nieuw uit ontdekken (cluster ${cluster.id}, ${cluster.size} verhalen): ${cluster.topTerms.join(', ')}.`,
      },
    ]);
    await writeAudit(tx, {
      action: 'codebook.draft_from_cluster',
      userId: user.id,
      organisationId: organisation.id,
      details: { codebookId: id, version, code: input.code, clusterSize: cluster.size },
    });
    return {
      codebook: { id, version, isActive: false, derivedFrom },
      theme: { code: input.code, label: input.label },
    };
  });
}
