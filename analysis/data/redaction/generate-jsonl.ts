// Turns dev/test/holdout .src.txt (inline [[TYPE:text]] marks) into .jsonl files with offsets.
// Run: pnpm exec tsx analysis/data/redaction/generate-jsonl.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseInlineMarkup } from '../../src/redaction/index.ts';
import { collectedDevSets } from './real-sets.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

for (const set of ['dev', 'test', 'holdout', 'blind', 'blind2']) {
  const lines = readFileSync(`${here}${set}.src.txt`, 'utf8').split('\n');
  const records: string[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const parsed = parseInlineMarkup(line);
    if (!parsed.ok) throw new Error(`${set}.src.txt:${index + 1}: ${parsed.reason} at column ${parsed.at}`);
    for (const entity of parsed.entities) {
      const span = parsed.text.slice(entity.start, entity.end);
      if (span.trim() !== span || span === '') throw new Error(`${set}.src.txt:${index + 1}: bad span "${span}"`);
    }
    const id = `${set}-${String(records.length + 1).padStart(3, '0')}`;
    records.push(JSON.stringify({ id, text: parsed.text, entities: parsed.entities }));
  });
  writeFileSync(`${here}${set}.jsonl`, records.join('\n') + '\n');
  console.log(`${set}.jsonl: ${records.length} texts`);
}

// The real-text set: one source, split by the FNV-1a hash of each text's source address (even: dev,
// odd: held-out), so texts from one page never land on both sides and the split never moves.
const realLines = readFileSync(`${here}real/real.src.txt`, 'utf8').split('\n');
const halves: Record<'dev' | 'heldout', string[]> = { dev: [], heldout: [] };
let source = '';
let realCount = 0;
realLines.forEach((line, index) => {
  if (line.startsWith('# source:')) source = line.slice('# source:'.length).trim();
  if (line.trim() === '' || line.startsWith('#')) return;
  const parsed = parseInlineMarkup(line, ['PLACE']);
  if (!parsed.ok) throw new Error(`real.src.txt:${index + 1}: ${parsed.reason} at column ${parsed.at}`);
  if (source === '') throw new Error(`real.src.txt:${index + 1}: no # source: line before this text`);
  const id = `real-${String(++realCount).padStart(3, '0')}`;
  const half = fnv1a(source) % 2 === 0 ? 'dev' : 'heldout';
  const { text, entities, annotations } = parsed;
  halves[half].push(JSON.stringify({ id, source, text, entities, annotations }));
});
for (const half of ['dev', 'heldout'] as const) {
  writeFileSync(`${here}real/${half}.jsonl`, halves[half].join('\n') + '\n');
  console.log(`real/${half}.jsonl: ${halves[half].length} texts`);
}

// The real-text development sets collected after it (dev2, dev3, …): all development material, from pages
// that are not in real.src.txt, so no text of the held-out half can reach them, and each page in one set
// only, so a set scored once as a fresh check holds no text the rules were already fitted to.
const realSources = new Set(
  realLines.filter((line) => line.startsWith('# source:')).map((line) => line.slice('# source:'.length).trim()),
);
const setOfSource = new Map<string, string>();
for (const set of collectedDevSets()) {
  const records: string[] = [];
  let devSource = '';
  readFileSync(`${here}real/${set}.src.txt`, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const where = `${set}.src.txt:${index + 1}`;
      if (line.startsWith('# source:')) {
        devSource = line.slice('# source:'.length).trim();
        if (realSources.has(devSource)) throw new Error(`${where}: ${devSource} is in real.src.txt`);
        const other = setOfSource.get(devSource);
        if (other !== undefined && other !== set) throw new Error(`${where}: ${devSource} is already in ${other}`);
        setOfSource.set(devSource, set);
      }
      if (line.trim() === '' || line.startsWith('#')) return;
      const parsed = parseInlineMarkup(line, ['PLACE']);
      if (!parsed.ok) throw new Error(`${where}: ${parsed.reason} at column ${parsed.at}`);
      if (devSource === '') throw new Error(`${where}: no # source: line before this text`);
      for (const entity of [...parsed.entities, ...parsed.annotations]) {
        const span = parsed.text.slice(entity.start, entity.end);
        if (span.trim() !== span || span === '') throw new Error(`${where}: bad span "${span}"`);
      }
      const id = `${set}-${String(records.length + 1).padStart(3, '0')}`;
      const { text, entities, annotations } = parsed;
      records.push(JSON.stringify({ id, source: devSource, text, entities, annotations }));
    });
  writeFileSync(`${here}real/${set}.jsonl`, records.join('\n') + '\n');
  console.log(`real/${set}.jsonl: ${records.length} texts`);
}

function fnv1a(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

// Small sets per respondent language (issue 19): names in the languages' own scripts and conventions.
for (const language of ['en', 'ar', 'tr', 'pl', 'uk']) {
  const records: string[] = [];
  readFileSync(`${here}languages/${language}.src.txt`, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '' || line.startsWith('#')) return;
      const parsed = parseInlineMarkup(line);
      if (!parsed.ok) throw new Error(`${language}.src.txt:${index + 1}: ${parsed.reason} at column ${parsed.at}`);
      const id = `${language}-${String(records.length + 1).padStart(3, '0')}`;
      records.push(JSON.stringify({ id, text: parsed.text, entities: parsed.entities }));
    });
  writeFileSync(`${here}languages/${language}.jsonl`, records.join('\n') + '\n');
  console.log(`languages/${language}.jsonl: ${records.length} texts`);
}
