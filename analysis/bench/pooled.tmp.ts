import { readFileSync } from 'node:fs';
import { createRedactor, evaluateRedaction } from '../src/redaction/index.ts';
const sets = process.argv.slice(2);
const r = createRedactor(process.env.NT === '0' ? { nameTagger: false } : {});
const texts = sets.flatMap((s) => readFileSync(s.includes("/") ? `analysis/data/redaction/${s}` : `analysis/data/redaction/real/${s}.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)));
const e = evaluateRedaction(texts.map((t) => t.entities), texts.map((t) => r(t.text).entities)).byType.PERSON;
console.log(`${sets.join('+')}: gold ${e.gold} predicted ${e.predicted} exact ${e.exactMatches} P ${(e.exactMatches / e.predicted).toFixed(3)} R ${(e.exactMatches / e.gold).toFixed(3)}`);
