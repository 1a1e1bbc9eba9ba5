import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createRedactor, isEntityType, type KnownName } from '@klankbord/analysis/redaction';
import { type CommandIo, mapStoryLines, openInput } from './story-lines.ts';

export type RedactIo = CommandIo;

export const redactUsage = `Usage: pnpm --silent klankbord redact [--names FILE] [--input FILE]

Reads JSON lines { "id", "text" } (standard input, or --input FILE) and writes one JSON line per input:
{ "id", "text": <redacted>, "entities": [{ "type", "start", "end" }], "uncertain": [{ "type", "start",
"end", "confidence" }] } (offsets into the original text; "uncertain": words left in the text that may be
names, for a person to decide).

  --names FILE   names that must always be redacted (schools, places, staff), one per line;
                 "name<TAB>TYPE" sets the type (e.g. "Schagen<TAB>ADDRESS"); # starts a comment
  --input FILE   read this file instead of standard input

Exit code 0 when every line was redacted, 1 when a line was skipped (reported on stderr), 2 on bad usage.`;

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

  const input = await openInput(values.input, io);
  if (!input) return 2;

  const redact = createRedactor({ knownNames });
  return mapStoryLines(input, io, (story) => {
    const result = redact(story.text);
    return { id: story.id, text: result.text, entities: result.entities, uncertain: result.uncertain };
  });
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
