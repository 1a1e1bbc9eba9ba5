import { findPersonNames } from '../src/redaction/find-person-names.ts';
for (const t of process.argv.slice(2)) { const u: any[] = []; console.log(JSON.stringify(findPersonNames(t, [], undefined, u).map((e) => t.slice(e.start, e.end))), JSON.stringify(u.map((x) => t.slice(x.start, x.end)))); }
