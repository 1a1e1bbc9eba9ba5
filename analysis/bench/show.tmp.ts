import { readFileSync } from 'node:fs';
import { createRedactor } from '../src/redaction/index.ts';
const r = createRedactor(process.env.NT === '0' ? { nameTagger: false } : {});
for (const id of process.argv.slice(2)) {
  const set = id.replace(/-\d+$/, '');
  const t = readFileSync(`analysis/data/redaction/real/${set}.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).find((x) => x.id === id);
  const out = r(t.text);
  const gold = t.entities.filter((e: any) => e.type === 'PERSON').map((e: any) => t.text.slice(e.start, e.end));
  console.log(id, '\n  text:', t.text.slice(0, 900), '\n  gold:', JSON.stringify(gold), '\n  found:', JSON.stringify(out.entities.filter((e) => e.type === 'PERSON').map((e) => t.text.slice(e.start, e.end))));
}
