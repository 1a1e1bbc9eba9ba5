import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonl, runOnStreams } from './run-json-lines-command.test-support.ts';
import { DEFAULT_MODEL_PATH, runClassify } from './classify.ts';

interface OutputLine {
  id: unknown;
  themes: { code: string; score: number; evidence: string[] }[];
  reason?: string;
}

const classify = (args: string[], input = '') => runOnStreams<OutputLine>(runClassify, args, input);

describe('klankbord classify', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'klankbord-classify-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes the suggested themes with scores and evidence, one line per story', async () => {
    const input = jsonl(
      { id: 's1', text: 'Mijn dochter wordt elke dag gepest en uitgescholden op het schoolplein.' },
      { id: 2, text: 'De ouderbijdrage van 150 euro kunnen wij niet betalen.' },
    );
    const result = await classify([], input);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.lines.map((line) => line.id)).toEqual(['s1', 2]);
    expect(result.lines[0]?.themes[0]).toMatchObject({ code: 'VEI', evidence: expect.arrayContaining(['gepest']) });
    expect(result.lines[1]?.themes[0]?.code).toBe('KOS');
    const scores = result.lines[0]?.themes.map((theme) => theme.score) ?? [];
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('gives no themes and a reason for empty and non-Dutch stories', async () => {
    const result = await classify(
      [],
      jsonl({ id: 'a', text: '' }, { id: 'b', text: 'The teachers never answer my emails at all.' }),
    );
    expect(result.code).toBe(0);
    expect(result.lines).toEqual([
      { id: 'a', themes: [], reason: 'empty' },
      { id: 'b', themes: [], reason: 'not_dutch' },
    ]);
  });

  it('reports a line that is not JSON by number, goes on with the rest and exits 1', async () => {
    const input = jsonl(
      { id: 1, text: 'Veel te veel huiswerk.' },
      '{ kapot',
      { id: 3, text: 'Het rooster klopt nooit.' },
      { id: 4 },
    );
    const result = await classify([], input);
    expect(result.code).toBe(1);
    expect(result.lines.map((line) => line.id)).toEqual([1, 3]);
    expect(result.stderr).toContain('line 2: not valid JSON');
    expect(result.stderr).toContain('line 4: "text"');
    expect(result.stderr).toContain('2 of 4 line(s) skipped');
  });

  it('reads --input instead of standard input', async () => {
    const file = join(dir, 'stories.jsonl');
    await writeFile(file, jsonl({ id: 'f', text: 'De juf van groep 8 gaf een veel te laag schooladvies.' }));
    const result = await classify(['--input', file]);
    expect(result.code).toBe(0);
    expect(result.lines[0]?.themes.map((theme) => theme.code)).toContain('OVG');
  });

  it('refuses a --model trained for another codebook version, naming both versions', async () => {
    const model = JSON.parse(await readFile(DEFAULT_MODEL_PATH, 'utf8')) as { codebookVersion: string };
    const file = join(dir, 'old-model.json');
    await writeFile(file, JSON.stringify({ ...model, codebookVersion: '2019.1' }));
    const result = await classify(['--model', file], jsonl({ id: 1, text: 'Pesten' }));
    expect(result.code).toBe(2);
    expect(result.lines).toEqual([]);
    expect(result.stderr).toContain('2019.1');
    expect(result.stderr).toContain(model.codebookVersion);
  });

  it('explains bad usage and a missing input file', async () => {
    expect((await classify(['--nope'])).code).toBe(2);
    const missing = await classify(['--input', join(dir, 'nope.jsonl')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot read --input');
  });
});
