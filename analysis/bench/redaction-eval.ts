// Per-type precision/recall/F1 of the redactor on the annotated sets, as Markdown.
// Run: pnpm exec tsx analysis/bench/redaction-eval.ts [--errors] [--heldout] [--only-real] [--no-tagger] [--set devN]
// The real-text sets (real/dev.jsonl, real/dev2.jsonl, real/heldout.jsonl: public Dutch text by real
// people) are scored without known names; --errors lists the misses of the development sets only, never of
// the held-out half. The held-out half is scored only with --heldout, so developing never shows its score.
// --only-real skips the sets written by language models (faster while developing).
// --errors lists misses and false alarms of dev, test and the scored hold-out, which are all development
// material now. The blind sets (written without sight of the rules) are scored, but their errors are
// never printed: they stay test sets.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  createRedactor,
  evaluateRedaction,
  formatEvaluationTable,
  type Entity,
  type KnownName,
} from '../src/redaction/index.ts';
import { readAnnotatedSet, realDevSetFiles } from '../data/redaction/real-sets.ts';

interface AnnotatedText {
  id: string;
  text: string;
  entities: Entity[];
}

const dataDir = fileURLToPath(new URL('../data/redaction/', import.meta.url));
const readJsonl = (file: string) => readAnnotatedSet<AnnotatedText>(file);

const knownNames = JSON.parse(readFileSync(dataDir + 'known-names.json', 'utf8')) as KnownName[];
// --no-tagger: the rules alone, without the name tagger's second opinion (to measure what it adds).
const nameTagger = process.argv.includes('--no-tagger') ? { nameTagger: false as const } : {};
const redact = createRedactor({ knownNames, ...nameTagger });
const showErrors = process.argv.includes('--errors');

const blindSets = new Set(['blind.jsonl', 'blind2.jsonl']);
const sets = [
  [
    'blind2 (second writer, written after the postcode and BSN formats were widened, scored 2026-12-04)',
    'blind2.jsonl',
  ],
  ['blind (written without sight of the rules, first scored 2026-12-04)', 'blind.jsonl'],
  ['test', 'test.jsonl'],
  ['holdout (written after the rules were frozen)', 'holdout.jsonl'],
  ['dev', 'dev.jsonl'],
] as const;
const scoreHeldOut = process.argv.includes('--heldout');
const onlyReal = process.argv.includes('--only-real');
// The development sets are found on disk (real-sets.ts); each is labelled by the first line of its .src.txt.
// --set dev12 (may be repeated) scores only the named development sets: a new set's first score.
const onlySets = process.argv.flatMap((arg, i) => (process.argv[i - 1] === '--set' ? [arg] : []));
const setLabel = (file: string) =>
  file === 'real/dev.jsonl'
    ? 'real-text dev half'
    : (readFileSync(dataDir + file.replace(/\.jsonl$/, '.src.txt'), 'utf8').split('\n')[0] ?? '').replace(/^#\s*/, '');
const realSets: (readonly [label: string, file: string, printable: boolean])[] = [
  ...(scoreHeldOut ? ([['real-text held-out half (never looked at)', 'real/heldout.jsonl', false]] as const) : []),
  ...realDevSetFiles()
    .filter((file) => onlySets.length === 0 || onlySets.some((set) => file === `real/${set}.jsonl`))
    .map((file) => [setLabel(file), file, true] as const),
];
const redactUnknown = createRedactor(nameTagger);
for (const [label, file, printable] of realSets) {
  const texts = readJsonl(file);
  const predicted = texts.map((t) => redactUnknown(t.text).entities);
  const evaluation = evaluateRedaction(
    texts.map((t) => t.entities),
    predicted,
  );
  console.log(`\n## ${label} (${texts.length} texts, ${file})\n`);
  console.log(formatEvaluationTable(evaluation));
  if (showErrors && printable) printErrors(texts, predicted);
}

// Names in the respondent languages' own scripts (issue 19): small sets, errors always printed with --errors.
for (const language of ['en', 'ar', 'tr', 'pl', 'uk']) {
  const texts = readJsonl(`languages/${language}.jsonl`);
  const predicted = texts.map((t) => redactUnknown(t.text).entities);
  const evaluation = evaluateRedaction(
    texts.map((t) => t.entities),
    predicted,
  );
  const s = evaluation.byType.PERSON;
  console.log(
    `\n## ${language} (${texts.length} texts): PERSON gold ${s.gold}, P ${s.exact.precision.toFixed(2)}, R ${s.exact.recall.toFixed(2)}, lenient R ${s.lenient.recall.toFixed(2)}`,
  );
  if (showErrors) printErrors(texts, predicted);
}

for (const [label, file] of onlyReal ? [] : sets) {
  const texts = readJsonl(file);
  const predicted = texts.map((t) => redact(t.text).entities);
  const evaluation = evaluateRedaction(
    texts.map((t) => t.entities),
    predicted,
  );
  console.log(`\n## ${label} (${texts.length} texts, ${file})\n`);
  console.log(formatEvaluationTable(evaluation));
  if (showErrors && !blindSets.has(file)) printErrors(texts, predicted);
}

function printErrors(texts: AnnotatedText[], predicted: Entity[][]): void {
  const key = (e: Entity) => `${e.type}:${e.start}:${e.end}`;
  texts.forEach((t, i) => {
    const gold = new Set(t.entities.map(key));
    const got = new Set((predicted[i] ?? []).map(key));
    const show = (e: Entity) => `${e.type} "${t.text.slice(e.start, e.end)}"`;
    const missed = t.entities.filter((e) => !got.has(key(e))).map(show);
    const extra = (predicted[i] ?? []).filter((e) => !gold.has(key(e))).map(show);
    if (missed.length || extra.length)
      console.log(`${t.id}: missed [${missed.join(', ')}] extra [${extra.join(', ')}]`);
  });
}
