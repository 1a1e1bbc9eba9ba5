import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { classifyStory, loadModel, type ThemeClassifier } from '@klankbord/analysis/classifier';
import { z } from 'zod';
import { type CommandIo, mapStoryLines, openInput } from './story-lines.ts';

export type ClassifyIo = CommandIo;

// Resolved from this file, so the command works from any working directory.
export const DEFAULT_MODEL_PATH = fileURLToPath(
  new URL('../../../analysis/data/classifier/model.json', import.meta.url),
);
export const CODEBOOK_PATH = fileURLToPath(new URL('../../../analysis/data/codebook/themes.json', import.meta.url));

export const classifyUsage = `Usage: pnpm --silent klankbord classify [--input FILE] [--model FILE]

Reads JSON lines { "id", "text" } (standard input, or --input FILE) and writes one JSON line per input:
{ "id", "themes": [{ "code", "score", "evidence": [...] }] } with the suggested codebook themes, highest
score first, and the story's own words that led to each. Empty or non-Dutch text gives
{ "id", "themes": [], "reason": "empty" | "not_dutch" }.

  --input FILE   read this file instead of standard input
  --model FILE   a trained theme model (default: the shipped analysis/data/classifier/model.json)

Exit code 0 when every line was classified, 1 when a line was skipped (reported on stderr), 2 on bad
usage or an unusable model.`;

const Codebook = z.object({ version: z.string() });

type Loaded = { ok: true; classifier: ThemeClassifier } | { ok: false; message: string };

async function readJsonFile(
  path: string,
  what: string,
): Promise<{ ok: true; json: unknown } | { ok: false; message: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { ok: false, message: `Cannot read ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}` };
  }
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, message: `${what} ${path} is not valid JSON` };
  }
}

async function loadClassifier(modelPath: string): Promise<Loaded> {
  const codebook = await readJsonFile(CODEBOOK_PATH, 'the codebook');
  if (!codebook.ok) return codebook;
  const version = Codebook.safeParse(codebook.json);
  if (!version.success) return { ok: false, message: `The codebook ${CODEBOOK_PATH} has no version` };
  const model = await readJsonFile(modelPath, 'the model');
  if (!model.ok) return model;
  const loaded = loadModel(model.json, version.data.version);
  return loaded.ok ? loaded : { ok: false, message: loaded.message };
}

/** The `classify` command: streams JSON lines through the theme classifier. Returns the exit code. */
export async function runClassify(args: string[], io: ClassifyIo): Promise<number> {
  let values: { input?: string; model?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: { input: { type: 'string' }, model: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${classifyUsage}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(`${classifyUsage}\n`);
    return 0;
  }

  const loaded = await loadClassifier(values.model ?? DEFAULT_MODEL_PATH);
  if (!loaded.ok) {
    io.stderr.write(`${loaded.message}\n`);
    return 2;
  }

  const input = await openInput(values.input, io);
  if (!input) return 2;

  return mapStoryLines(input, io, (story) => {
    const result = classifyStory(loaded.classifier, story.text);
    return result.ok ? { id: story.id, themes: result.themes } : { id: story.id, themes: [], reason: result.reason };
  });
}
