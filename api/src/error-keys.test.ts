import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorKeys } from './error-keys.ts';

// A key nobody raises still gets a Dutch sentence, a line in the API's documentation and a place in the
// web's catalogue: it says the api can answer something it never does. Each key must be named (quoted)
// in the api's own code, outside this catalogue and the tests.
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && path !== join(dir, 'error-keys.ts')
      ? [readFileSync(path, 'utf8')]
      : [];
  });

describe('the error catalogue', () => {
  it('holds only keys the api raises', () => {
    const code = sources(import.meta.dirname).join('\n');
    expect(errorKeys.filter((key) => !code.includes(`'${key}'`))).toEqual([]);
  });
});
