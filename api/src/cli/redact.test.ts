import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonl, runOnStreams } from './run-json-lines-command.test-support.ts';
import { runRedact } from './redact.ts';

const redact = (args: string[], input = '') =>
  runOnStreams<{ id: unknown; text: string; entities: unknown[]; uncertain: unknown[] }>(runRedact, args, input);

describe('klankbord redact', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'klankbord-redact-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes one redacted JSON line per input line, with ids and offsets', async () => {
    const input = jsonl({ id: 's1', text: 'Mijn zoon Daan, bel 06-12345678.' }, { id: 2, text: 'Geen namen hier.' });
    const result = await redact([], input);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.lines).toEqual([
      {
        id: 's1',
        text: 'Mijn zoon [NAAM], bel [TELEFOON].',
        entities: [
          { type: 'PERSON', start: 10, end: 14 },
          { type: 'PHONE', start: 20, end: 31 },
        ],
        uncertain: [],
      },
      { id: 2, text: 'Geen namen hier.', entities: [], uncertain: [] },
    ]);
  });

  it('lists the words it doubts, with a confidence, and leaves them in the text (issue 19)', async () => {
    const result = await redact([], jsonl({ id: 'd', text: 'We bedanken Kwintessa Groep voor de bus.' }));
    expect(result.code).toBe(0);
    expect(result.lines[0]).toMatchObject({
      text: 'We bedanken Kwintessa Groep voor de bus.',
      uncertain: [{ type: 'PERSON', start: 12, end: 21, confidence: expect.any(Number) }],
    });
  });

  it('always redacts the names in --names, typed per line when a type is given', async () => {
    const names = join(dir, 'names.txt');
    await writeFile(names, '# SWV Noord\nDe Wilgen\nSchagen\tADDRESS\n\n');
    const result = await redact(['--names', names], jsonl({ id: 'a', text: 'Op de wilgen in Schagen.' }));
    expect(result.code).toBe(0);
    expect(result.lines[0]?.text).toBe('Op [SCHOOL] in [ADRES].');
  });

  it('reads --input instead of standard input', async () => {
    const input = join(dir, 'stories.jsonl');
    await writeFile(input, jsonl({ id: 'f', text: 'Mail juf@school.nl' }) + '\n');
    const result = await redact(['--input', input], jsonl({ id: 'stdin', text: 'niet gelezen' }));
    expect(result.lines.map((l) => l.id)).toEqual(['f']);
    expect(result.lines[0]?.text).toBe('Mail [EMAIL]');
  });

  it('reports bad lines by number without echoing them, redacts the rest, and exits 1', async () => {
    const input = jsonl(
      { id: 1, text: 'Juf Sanne' },
      '{ "id": 2, "text": "Daan 06-12345678"',
      { id: 3, story: 'geen text-veld' },
      '',
      { id: 5, text: 42 },
      { id: 6, text: 'Meester Rob' },
    );
    const result = await redact([], input);
    expect(result.code).toBe(1);
    expect(result.lines.map((l) => l.id)).toEqual([1, 6]);
    expect(result.stderr).toContain('line 2: not valid JSON');
    expect(result.stderr).toContain('line 3: "text"');
    expect(result.stderr).toContain('line 5: "text"');
    expect(result.stderr).not.toContain('06-12345678');
  });

  it('waits for a slow reader instead of buffering everything (backpressure)', async () => {
    let out = '';
    let writes = 0;
    // A reader that takes each chunk on the next turn of the event loop, with a tiny buffer.
    const slowStdout = new Writable({
      highWaterMark: 64,
      write(chunk: Buffer, _encoding, done) {
        writes++;
        out += chunk.toString();
        setImmediate(done);
      },
    });
    const input = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: i, text: `Zoon Daan ${i}` })).join('\n');
    const code = await runRedact([], { stdin: Readable.from([input]), stdout: slowStdout, stderr: new PassThrough() });
    expect(code).toBe(0);
    expect(writes).toBe(2000);
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(2000);
    expect(JSON.parse(lines[1999] ?? '')).toMatchObject({ id: 1999, text: 'Zoon [NAAM] 1999' });
  });

  it('exits 2 with usage on an unknown option or an unreadable file', async () => {
    const unknown = await redact(['--nmes', 'x']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Usage:');
    const missing = await redact(['--input', join(dir, 'does-not-exist.jsonl')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('ENOENT');
    const badType = join(dir, 'bad-type.txt');
    await writeFile(badType, 'Schagen\tPLACE\n');
    const typed = await redact(['--names', badType]);
    expect(typed.code).toBe(2);
    expect(typed.stderr).toContain('unknown type "PLACE"');
  });
});
