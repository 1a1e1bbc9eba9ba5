import { dutchLexicon } from '../src/redaction/lexicon/dutch-lexicon.ts';
import { FIRST_NAMES, SURNAMES, NOT_NAMES, AMBIGUOUS_NAMES } from '../src/redaction/names/index.ts';
import { createRedactor } from '../src/redaction/index.ts';
const lex = dutchLexicon();
for (const w of process.argv.slice(2)) console.log(w, { word: lex.isWord(w), listed: lex.isListedWord(w), proper: lex.isProperName(w), place: lex.isPlace(w), first: FIRST_NAMES.has(w), sur: SURNAMES.has(w), not: NOT_NAMES.has(w), amb: AMBIGUOUS_NAMES.has(w) });
const r = createRedactor({ nameTagger: false });
console.log(JSON.stringify(r('Manou is opnieuw met haar gat in de boter gevallen.').uncertain));
