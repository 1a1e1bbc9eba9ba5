// The name tagger (analysis/src/redaction/name-tagger.ts): cross-validation over the real-text development
// sets, and training of the shipped weights.
// Run: pnpm exec tsx analysis/bench/redaction-tagger.ts cv      (leave one real set out, rules vs rules + tagger)
//      pnpm exec tsx analysis/bench/redaction-tagger.ts train   (writes analysis/data/redaction/name-tagger.json)
// Trained on the sets written by language models for the project (dev, test, holdout) and the real-text
// development sets. Never on real/heldout.jsonl (the held-out half) nor on blind and blind2, which
// stay test sets.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRedactor, evaluateRedaction, type Entity } from '../src/redaction/index.ts';
import type { NameTaggerModel, NameTaggerThresholds } from '../src/redaction/name-tagger.ts';
import { trainNameTagger, type AnnotatedText } from '../src/redaction/train-name-tagger.ts';
import { readAnnotatedSet, realDevSetFiles } from '../data/redaction/real-sets.ts';

const dataDir = fileURLToPath(new URL('../data/redaction/', import.meta.url));
const readJsonl = (file: string) => readAnnotatedSet<AnnotatedText>(file);

const WRITTEN_SETS = ['dev.jsonl', 'test.jsonl', 'holdout.jsonl'];
const REAL_DEV_SETS = realDevSetFiles();

export const THRESHOLDS: NameTaggerThresholds = {
  add: Number(process.env.TAGGER_ADD ?? 0.9),
  join: Number(process.env.TAGGER_JOIN ?? 0.55),
  trim: Number(process.env.TAGGER_TRIM ?? 0.15),
  pair: Number(process.env.TAGGER_PAIR ?? 0.7),
};

function personScore(texts: readonly AnnotatedText[], redact: (text: string) => { entities: Entity[] }) {
  const evaluation = evaluateRedaction(
    texts.map((t) => t.entities),
    texts.map((t) => redact(t.text).entities),
  );
  const s = evaluation.byType.PERSON;
  return { gold: s.gold, exact: s.exactMatches, predicted: s.predicted };
}

const fmt = (s: { gold: number; exact: number; predicted: number }) =>
  `P ${(s.exact / Math.max(1, s.predicted)).toFixed(3)} / R ${(s.exact / Math.max(1, s.gold)).toFixed(3)}`;

const mode = process.argv[2];
// cv --errors: each fold's PERSON misses and false alarms with the tagger that never saw the fold, so what is
// listed is what the redactor gets wrong on text it was not fitted to (development sets only).
const showErrors = process.argv.includes('--errors');

function printPersonErrors(t: AnnotatedText & { id?: string }, found: readonly Entity[]) {
  const key = (e: Entity) => `${e.start}:${e.end}`;
  const gold = t.entities.filter((e) => e.type === 'PERSON');
  const predicted = found.filter((e) => e.type === 'PERSON');
  const around = (e: Entity) =>
    `${t.text.slice(Math.max(0, e.start - 40), e.start)}[${t.text.slice(e.start, e.end)}]${t.text.slice(e.end, e.end + 40)}`.replace(
      /\s+/g,
      ' ',
    );
  const predictedKeys = new Set(predicted.map(key));
  const goldKeys = new Set(gold.map(key));
  for (const e of gold) if (!predictedKeys.has(key(e))) console.log(`  miss  ${t.id} …${around(e)}…`);
  for (const e of predicted) if (!goldKeys.has(key(e))) console.log(`  false ${t.id} …${around(e)}…`);
}
const written = WRITTEN_SETS.flatMap(readJsonl);
if (mode === 'cv') {
  const rules = createRedactor({ nameTagger: false });
  const total = { rules: { gold: 0, exact: 0, predicted: 0 }, tagger: { gold: 0, exact: 0, predicted: 0 } };
  // Doubts both keep, with the rules' and the tagger's confidence and whether a name is there.
  const doubts: { rules: number; tagger: number; name: boolean }[] = [];
  console.log(`thresholds ${JSON.stringify(THRESHOLDS)}\n`);
  console.log('| left out | names | rules alone | rules + tagger |\n|---|---:|---|---|');
  for (const fold of REAL_DEV_SETS) {
    const train = [...written, ...REAL_DEV_SETS.filter((s) => s !== fold).flatMap(readJsonl)];
    const model = trainNameTagger(train, { thresholds: THRESHOLDS, trainedOn: [] });
    const test = readJsonl(fold);
    const a = personScore(test, rules);
    const tagged = createRedactor({ nameTagger: model });
    const b = personScore(test, tagged);
    for (const t of test) {
      const gold = t.entities.filter((e) => e.type === 'PERSON');
      const byTagger = tagged(t.text).uncertain;
      for (const d of rules(t.text).uncertain) {
        const same = byTagger.find((u) => u.start === d.start && u.end === d.end);
        const name = gold.some((g) => g.start < d.end && d.start < g.end);
        if (same) doubts.push({ rules: d.confidence, tagger: same.confidence, name });
      }
    }
    for (const key of ['gold', 'exact', 'predicted'] as const) {
      total.rules[key] += a[key];
      total.tagger[key] += b[key];
    }
    console.log(`| ${fold} | ${a.gold} | ${fmt(a)} | ${fmt(b)} |`);
    if (showErrors) for (const t of test) printPersonErrors(t, tagged(t.text).entities);
  }
  const counts = (s: typeof total.rules) => `${fmt(s)} (${s.exact} right of ${s.predicted})`;
  console.log(`| **all folds** | ${total.rules.gold} | ${counts(total.rules)} | ${counts(total.tagger)} |`);
  // How well each confidence ranks the doubts (area under the ROC curve: 0.5 is chance, 1 perfect).
  const auc = (key: 'rules' | 'tagger') => {
    let sum = 0;
    let pairs = 0;
    for (const a of doubts.filter((d) => d.name))
      for (const b of doubts.filter((d) => !d.name)) {
        pairs++;
        sum += a[key] > b[key] ? 1 : a[key] === b[key] ? 0.5 : 0;
      }
    return (sum / Math.max(1, pairs)).toFixed(3);
  };
  const names = doubts.filter((d) => d.name).length;
  console.log(
    `\nDoubts left by both (${doubts.length}, ${names} of them names): AUC of the rules' confidence ${auc('rules')}, of the tagger's ${auc('tagger')}`,
  );
} else if (mode === 'train') {
  const sets = [...WRITTEN_SETS, ...REAL_DEV_SETS];
  const model: NameTaggerModel = trainNameTagger(
    sets.flatMap((s) => readJsonl(s)),
    { thresholds: THRESHOLDS, trainedOn: sets },
  );
  const { weights, ...head } = model;
  const lines = Object.entries(weights).map(([k, v]) => `    ${JSON.stringify(k)}: ${v}`);
  const json = JSON.stringify(head, null, 2).replace(/\n}$/, `,\n  "weights": {\n${lines.join(',\n')}\n  }\n}\n`);
  writeFileSync(dataDir + 'name-tagger.json', json);
  console.log(`name-tagger.json: ${lines.length} weights from ${sets.join(', ')}`);
} else {
  console.log('usage: redaction-tagger.ts cv | train');
}
