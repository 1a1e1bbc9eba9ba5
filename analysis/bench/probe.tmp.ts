import { createRedactor } from '/work/main/analysis/src/redaction/index.ts';
const r = createRedactor(process.env.NT === "0" ? { nameTagger: false } : {});
for (const line of process.argv.slice(2)) {
  const out = r(line);
  console.log(out.text ?? '', JSON.stringify(out.entities.map((e) => [e.type, line.slice(e.start, e.end)])), JSON.stringify(out.uncertain.map((u) => [line.slice(u.start, u.end), +u.confidence.toFixed(2)])));
}
