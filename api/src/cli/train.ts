import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  evaluateClassifier,
  loadModel,
  type RuleSetJson,
  type TrainingExample,
  trainModel,
} from '@klankbord/analysis/classifier';
import type { Kysely } from 'kysely';
import { activeCodebook } from '../coding/queries.ts';
import { redactorFor } from '../coding/suggestions.ts';
import type { Database } from '../db/database.ts';

export const RULES_PATH = fileURLToPath(new URL('../../../analysis/data/classifier/rules.json', import.meta.url));
export const MIN_STORIES_PER_THEME = 5;

export interface TrainIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  db: Kysely<Database>;
  /** DATA_DIR: the model goes to DATA_DIR/models/model-<date>.json unless --out says otherwise. */
  dataDir: string;
  /** The training time; passed in so tests control the file name. */
  now?: () => Date;
}

export const trainUsage = `Usage: pnpm klankbord train [--out FILE] [--min-per-theme N]

Retrains the theme classifier from every consensus-coded story of the active codebook (texts redacted
first, so no name ends up in the model's vocabulary). Every fifth story (by id) is held out and scored;
the model file records the codebook version, the training size and those held-out scores.

  --out FILE            where to write the model (default DATA_DIR/models/model-<date>.json)
  --min-per-theme N     refuse when a theme has fewer consensus-coded stories than this (default ${MIN_STORIES_PER_THEME})

Exit code 0 when a model was written, 1 when there are too few coded stories, 2 on bad usage.`;

/** Consensus-coded stories of the active codebook, by id; a settled story without themes has none. */
async function codedStories(db: Kysely<Database>, codebookId: number) {
  const rows = await db
    .selectFrom('stories as s')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('codings as c')
          .innerJoin('themes as t', 't.id', 'c.theme_id')
          .select(['c.story_id', 't.code'])
          .where('c.is_consensus', '=', true)
          .where('t.codebook_id', '=', codebookId)
          .as('k'),
      (join) => join.onRef('k.story_id', '=', 's.id'),
    )
    .select(['s.id', 's.organisation_id', 's.text', 'k.code'])
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('coding_decisions as d')
            .select('d.story_id')
            .whereRef('d.story_id', '=', 's.id')
            .where('d.codebook_id', '=', codebookId),
        ),
        eb('k.code', 'is not', null),
      ]),
    )
    .orderBy('s.id')
    .execute();
  const stories = new Map<number, { organisationId: number; text: string; themes: string[] }>();
  for (const row of rows) {
    const story = stories.get(row.id) ?? { organisationId: row.organisation_id, text: row.text, themes: [] };
    if (row.code !== null && !story.themes.includes(row.code)) story.themes.push(row.code);
    stories.set(row.id, story);
  }
  return [...stories.values()];
}

async function redacted(
  db: Kysely<Database>,
  stories: Awaited<ReturnType<typeof codedStories>>,
): Promise<TrainingExample[]> {
  const schoolNames = (await db.selectFrom('schools').select('name').execute()).map((s) => s.name);
  const redact = redactorFor(schoolNames);
  return stories.map((story) => ({ text: redact(story.text), themes: story.themes }));
}

/** The `train` command: retrains the classifier from the database's human coding. Returns the exit code. */
export async function runTrain(args: string[], io: TrainIo): Promise<number> {
  let values: { out?: string; 'min-per-theme'?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: { out: { type: 'string' }, 'min-per-theme': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${trainUsage}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(`${trainUsage}\n`);
    return 0;
  }
  const minPerTheme = Number(values['min-per-theme'] ?? MIN_STORIES_PER_THEME);
  if (!Number.isInteger(minPerTheme) || minPerTheme < 1) {
    io.stderr.write(`--min-per-theme must be a whole number of 1 or more.\n`);
    return 2;
  }
  const codebook = await activeCodebook(io.db);
  if (!codebook) {
    io.stderr.write('There is no active codebook; activate one first.\n');
    return 1;
  }
  const examples = await redacted(io.db, await codedStories(io.db, codebook.id));
  const codes = codebook.themes.map((t) => t.code);
  const perTheme = codes.map((code) => ({ code, n: examples.filter((e) => e.themes.includes(code)).length }));
  const thin = perTheme.filter((t) => t.n < minPerTheme);
  if (thin.length > 0) {
    io.stderr.write(
      `Too few consensus-coded stories to train on codebook ${codebook.version}: every theme needs at least ${minPerTheme}, ` +
        `but ${thin.map((t) => `${t.code} has ${t.n}`).join(', ')} (${examples.length} coded stories in all). Code more stories first.\n`,
    );
    return 1;
  }
  // Every fifth story by id is held out: deterministic, and spread over the whole coding period.
  const heldOut = examples.filter((_, i) => i % 5 === 4);
  const training = examples.filter((_, i) => i % 5 !== 4);
  const rules = JSON.parse(await readFile(RULES_PATH, 'utf8')) as RuleSetJson;
  const now = (io.now ?? (() => new Date()))();
  const trained = trainModel(training, {
    codebookVersion: codebook.version,
    themes: codes,
    rules: { ...rules, codebookVersion: codebook.version },
    trainedAt: now.toISOString(),
  });
  if (!trained.ok) {
    io.stderr.write(`${trained.message}\n`);
    return 1;
  }
  const loaded = loadModel(trained.model, codebook.version);
  if (!loaded.ok) {
    io.stderr.write(`${loaded.message}\n`);
    return 1;
  }
  const model = { ...trained.model, heldOutScores: evaluateClassifier(loaded.classifier, heldOut) };
  const out = values.out ?? join(io.dataDir, 'models', `model-${now.toISOString().slice(0, 10)}.json`);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(model)}\n`);
  io.stdout.write(
    `Trained on ${training.length} stories (codebook ${codebook.version}), held out ${heldOut.length}: ` +
      `macro-F1 ${model.heldOutScores.macroF1.toFixed(3)}, mean kappa ${model.heldOutScores.meanKappa.toFixed(3)}.\nWrote ${out}\n`,
  );
  return 0;
}
