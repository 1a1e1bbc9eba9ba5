import { once } from 'node:events';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { z } from 'zod';

/** Standard streams of a command, passed in so tests can use in-memory streams. */
export interface CommandIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const StoryLine = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string(),
});

export interface StoryLineInput {
  id: string | number | null;
  text: string;
}

type StoryResult = { ok: true; story: StoryLineInput } | { ok: false; message: string };

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
  return { ok: true, story: { id: parsed.data.id ?? null, text: parsed.data.text } };
}

/** The stream to read: the --input file, or stdin. Null (after a message on stderr) when the file cannot be opened. */
export async function openInput(path: string | undefined, io: CommandIo): Promise<NodeJS.ReadableStream | null> {
  if (path === undefined) return io.stdin;
  try {
    return (await open(path, 'r')).createReadStream({ encoding: 'utf8' });
  } catch (error) {
    io.stderr.write(`Cannot read --input ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}\n`);
    return null;
  }
}

/**
 * Streams JSON lines `{ id, text }` through `transform` and writes one JSON line per story. A bad line
 * is reported by its number (never echoed: stories may hold personal data) and skipped; returns the
 * exit code, 1 when any line was skipped.
 */
export async function mapStoryLines(
  input: NodeJS.ReadableStream,
  io: CommandIo,
  transform: (story: StoryLineInput) => object,
): Promise<number> {
  let lineNumber = 0;
  let skipped = 0;
  // readline holds one line at a time, so a file of any size streams through.
  for await (const rawLine of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    const line = lineNumber === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine;
    if (line.trim() === '') continue;
    const parsed = parseStoryLine(line);
    if (!parsed.ok) {
      io.stderr.write(`line ${lineNumber}: ${parsed.message}\n`);
      skipped++;
      continue;
    }
    if (!io.stdout.write(`${JSON.stringify(transform(parsed.story))}\n`)) await once(io.stdout, 'drain');
  }
  if (skipped > 0) io.stderr.write(`${skipped} of ${lineNumber} line(s) skipped.\n`);
  return skipped > 0 ? 1 : 0;
}
