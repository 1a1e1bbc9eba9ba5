import { once } from 'node:events';
import { open, readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createRedactor, isEntityType, type KnownName } from '@klankbord/analysis/redaction';
import { z } from 'zod';

export interface RedactIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export const redactUsage = `Usage: pnpm --silent klankbord redact [--names FILE] [--input FILE]

Reads JSON lines { "id", "text" } (standard input, or --input FILE) and writes one JSON line per input:
{ "id", "text": <redacted>, "entities": [{ "type", "start", "end" }] } (offsets into the original text).

  --names FILE   names that must always be redacted (schools, places, staff), one per line;
                 "name<TAB>TYPE" sets the type (e.g. "Schagen<TAB>ADDRESS"); # starts a comment
  --input FILE   read this file instead of standard input

Exit code 0 when every line was redacted, 1 when a line was skipped (reported on stderr), 2 on bad usage.`;

const StoryLine = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string(),
});

/** The `redact` command: streams JSON lines through the Dutch redactor. Returns the exit code. */
export async function runRedact(args: string[], io: RedactIo): Promise<number> {
  let values: { names?: string; input?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: { names: { type: 'string' }, input: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${redactUsage}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(`${redactUsage}\n`);
    return 0;
  }

  let knownNames: KnownName[] = [];
  if (values.names !== undefined) {
    const parsed = await readNamesFile(values.names);
    if (!parsed.ok) {
      io.stderr.write(`${parsed.message}\n`);
      return 2;
    }
    knownNames = parsed.names;
  }

  let input = io.stdin;
  if (values.input !== undefined) {
    try {
      input = (await open(values.input, 'r')).createReadStream({ encoding: 'utf8' });
    } catch (error) {
      io.stderr.write(`Cannot read --input ${values.input}: ${(error as NodeJS.ErrnoException).code ?? 'error'}\n`);
      return 2;
    }
  }

  const redact = createRedactor({ knownNames });
  let lineNumber = 0;
  let skipped = 0;
  // readline keeps one line in memory at a time, so an export of any size streams through.
  for await (const rawLine of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    const line = lineNumber === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine;
    if (line.trim() === '') continue;
    const story = parseStoryLine(line);
    if (!story.ok) {
      // Never echo the line itself: it may hold the personal data this command exists to remove.
      io.stderr.write(`line ${lineNumber}: ${story.message}\n`);
      skipped++;
      continue;
    }
    const result = redact(story.text);
    const output = JSON.stringify({ id: story.id ?? null, text: result.text, entities: result.entities });
    if (!io.stdout.write(`${output}\n`)) await once(io.stdout, 'drain');
  }
  if (skipped > 0) io.stderr.write(`${skipped} of ${lineNumber} line(s) skipped.\n`);
  return skipped > 0 ? 1 : 0;
}

type StoryResult = { ok: true; id: string | number | undefined; text: string } | { ok: false; message: string };

function parseStoryLine(line: string): StoryResult {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { ok: false, message: 'not valid JSON' };
  }
  const parsed = StoryLine.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || '(line)';
    return { ok: false, message: `"${field}": ${issue?.message ?? 'invalid'} (expected { "id", "text": string })` };
  }
  return { ok: true, id: parsed.data.id, text: parsed.data.text };
}

type NamesResult = { ok: true; names: KnownName[] } | { ok: false; message: string };

async function readNamesFile(path: string): Promise<NamesResult> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    return { ok: false, message: `Cannot read --names ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}` };
  }
  const names: KnownName[] = [];
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const [name = '', rawType] = line.split('\t');
    const type = rawType?.trim();
    if (type === undefined) {
      names.push(name.trim());
    } else if (isEntityType(type)) {
      names.push({ text: name.trim(), type });
    } else {
      return { ok: false, message: `--names ${path} line ${index + 1}: unknown type "${type}"` };
    }
  }
  return { ok: true, names };
}
