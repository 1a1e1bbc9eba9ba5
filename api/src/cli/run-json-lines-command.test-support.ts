import { PassThrough, Readable } from 'node:stream';
import type { CommandIo } from './story-lines.ts';

/** Runs a JSON-lines command on in-memory streams, as `pnpm --silent klankbord <command> <args>` would. */
export async function runOnStreams<Line>(
  command: (args: string[], io: CommandIo) => Promise<number>,
  args: string[],
  input = '',
): Promise<{ code: number; lines: Line[]; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await command(args, { stdin: Readable.from([input]), stdout, stderr });
  const lines = out
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Line);
  return { code, lines, stderr: err };
}

/** JSON lines from records; strings are taken as they are (to test broken lines). */
export const jsonl = (...records: unknown[]) =>
  records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n');
