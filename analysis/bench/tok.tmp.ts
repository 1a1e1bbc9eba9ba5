import { tokenizeWords } from '../src/redaction/tokenize-words.ts';
console.log(tokenizeWords(process.argv[2]!).map((t) => `${JSON.stringify(t.gapBefore)}${t.text}`).join(' | '));
