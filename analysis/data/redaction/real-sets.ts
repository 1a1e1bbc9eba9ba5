// The real-text development sets, found on disk: `real/dev.jsonl` (the development half of real.src.txt)
// and every `real/devN.src.txt` collected after it, in the order they were collected. Adding a set is
// adding its .src.txt file; the generator, the evaluation and the tagger's training all read this list.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const realDir = fileURLToPath(new URL('real/', import.meta.url));

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
