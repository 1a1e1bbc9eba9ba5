// Turns dev/test/holdout .src.txt (inline [[TYPE:text]] marks) into .jsonl files with offsets.
// Run: pnpm exec tsx analysis/data/redaction/generate-jsonl.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseInlineMarkup } from '../../src/redaction/index.ts';

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
