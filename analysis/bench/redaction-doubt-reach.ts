// How far the redactor's doubts reach: the PERSON score of real-text development sets when the doubts it offers
// above a line are redacted too. With --checkout, the redactor of another checkout scores the sets of this one, so
// a wave can be scored out of sample by the commit that first scored it (`git worktree add DIR <commit>`).
// Run: pnpm exec tsx analysis/bench/redaction-doubt-reach.ts [--checkout DIR] --set dev69 --set dev70 …
// Development sets only: the held-out half and the blind sets are refused.
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Entity, RedactionResult } from '../src/redaction/index.ts';
import { readAnnotatedSet } from '../data/redaction/real-sets.ts';

interface AnnotatedText {
  text: string;
  entities: Entity[];
}

const LINES = [Infinity, 0.8, 0.6, 0.4, 0] as const;

const args = process.argv.slice(2);
const valuesOf = (flag: string) => args.flatMap((arg, i) => (arg === flag && args[i + 1] ? [args[i + 1]!] : []));
const sets = valuesOf('--set');
const checkout = resolve(valuesOf('--checkout')[0] ?? fileURLToPath(new URL('../..', import.meta.url)));
if (sets.length === 0 || sets.some((set) => !/^dev\d*$/.test(set))) {
  console.error('usage: redaction-doubt-reach.ts [--checkout DIR] --set devN [--set devN …] (development sets only)');
  process.exit(1);
}

const redaction = (await import(pathToFileURL(`${checkout}/analysis/src/redaction/index.ts`).href)) as {
  createRedactor: () => (text: string) => RedactionResult;
};
const redact = redaction.createRedactor();
const texts = sets.flatMap((set) => readAnnotatedSet<AnnotatedText>(`real/${set}.jsonl`));

const totals = LINES.map(() => ({ right: 0, predicted: 0 }));
let gold = 0;
for (const { text, entities } of texts) {
  const result = redact(text);
  const names = new Set(entities.filter((e) => e.type === 'PERSON').map((e) => `${e.start}:${e.end}`));
  gold += names.size;
  LINES.forEach((line, i) => {
    const persons = [
      ...result.entities.filter((e) => e.type === 'PERSON'),
      ...result.uncertain.filter((d) => d.type === 'PERSON' && d.confidence >= line),
    ];
    totals[i]!.predicted += persons.length;
    totals[i]!.right += persons.filter((e) => names.has(`${e.start}:${e.end}`)).length;
  });
}

console.log(`${checkout} on ${sets.join(', ')}: ${gold} names\n`);
console.log('| doubts redacted | names right | predicted | P | R |\n|---|---:|---:|---:|---:|');
LINES.forEach((line, i) => {
  const { right, predicted } = totals[i]!;
  const label = line === Infinity ? 'none (shipped)' : line === 0 ? 'all' : `≥ ${line}`;
  console.log(
    `| ${label} | ${right} | ${predicted} | ${(right / Math.max(1, predicted)).toFixed(3)} | ${(right / Math.max(1, gold)).toFixed(3)} |`,
  );
});
