import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readResponseSchemas } from './response-types.ts';

/** `pnpm openapi:generate`: rewrites response-schemas.json after a route's answer changed (openapi.test.ts says when). */
const root = join(import.meta.dirname, '../../..');
const file = join(import.meta.dirname, 'response-schemas.json');
writeFileSync(file, `${JSON.stringify(readResponseSchemas(root), null, 2)}\n`);
console.log(`Wrote ${file}`);
