// The real-text development sets, found on disk: `real/dev.jsonl` (the development half of real.src.txt)
// and every `real/devN.src.txt` collected after it, in the order they were collected. Adding a set is
// adding its .src.txt file; the generator, the evaluation and the tagger's training all read this list, and read
// the sets' records with `readAnnotatedSet`.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dataDir = fileURLToPath(new URL('./', import.meta.url));
const realDir = fileURLToPath(new URL('real/', import.meta.url));

/** The records of an annotated JSON-lines file below analysis/data/redaction/ ("real/dev2.jsonl", "blind.jsonl"). */
export function readAnnotatedSet<T>(file: string): T[] {
  return readFileSync(dataDir + file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/** `dev2`, `dev3`, … — the sets kept as their own annotated .src.txt, by number. */
export function collectedDevSets(): string[] {
  return readdirSync(realDir)
    .map((file) => /^dev(\d+)\.src\.txt$/.exec(file))
    .filter((match) => match !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map((match) => `dev${match[1]}`);
}

/** Every real-text development set as a path below analysis/data/redaction/: never the held-out half. */
export function realDevSetFiles(): string[] {
  return ['dev', ...collectedDevSets()].map((set) => `real/${set}.jsonl`);
}
