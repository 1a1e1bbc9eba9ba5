import { SURNAMES, NOT_NAMES, SURNAMES_THAT_ARE_WORDS } from '../src/redaction/names/index.ts';
import { TITLE_WORDS } from '../src/redaction/name-cues.ts';
for (const w of process.argv.slice(2)) console.log(w, SURNAMES.has(w), NOT_NAMES.has(w), SURNAMES_THAT_ARE_WORDS.has(w), TITLE_WORDS.has(w));
