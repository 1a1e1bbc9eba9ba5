// Measures classification speed on one core: every development-set story, repeated, through
// classifyStory with the shipped model. Run: pnpm exec tsx analysis/bench/classify.bench.ts
import { classifyStory, loadModel } from '../src/classifier/index.ts';
import { MODEL_PATH, readCodebook, readDevSet, readJson } from './classify-dev-set.ts';

const loaded = loadModel(readJson(MODEL_PATH), readCodebook().version);
if (!loaded.ok) throw new Error(loaded.message);
const { classifier } = loaded;
const texts = readDevSet().map((story) => story.text);
const rounds = 20;
const words = texts.reduce((sum, text) => sum + text.split(/\s+/).length, 0) / texts.length;

// First sight: every word is new to the normalisation and stem memos, as for a fresh corpus.
const coldStarted = performance.now();
for (const text of texts) classifyStory(classifier, text);
const coldRate = texts.length / ((performance.now() - coldStarted) / 1000);

let themes = 0;
const started = performance.now();
for (let round = 0; round < rounds; round += 1) {
  for (const text of texts) {
    const result = classifyStory(classifier, text);
    if (result.ok) themes += result.themes.length;
  }
}
const seconds = (performance.now() - started) / 1000;
const stories = rounds * texts.length;
// Long stories (~150 words): six development stories joined.
const long = Array.from({ length: Math.floor(texts.length / 6) }, (_, i) => texts.slice(i * 6, i * 6 + 6).join(' '));
const longStarted = performance.now();
for (let round = 0; round < rounds; round += 1) for (const text of long) classifyStory(classifier, text);
const longRate = (rounds * long.length) / ((performance.now() - longStarted) / 1000);

console.log(
  `${stories} stories (mean ${words.toFixed(0)} words) in ${seconds.toFixed(2)} s: ` +
    `${Math.round(stories / seconds)} stories/s on one core, ${(themes / stories).toFixed(2)} themes per story.\n` +
    `Long stories (~${Math.round(words * 6)} words): ${Math.round(longRate)} stories/s. ` +
    `First pass, all words new and the JIT cold: ${Math.round(coldRate)} stories/s.`,
);
