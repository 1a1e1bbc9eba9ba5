// Compares training settings by cross-validation on the TRAIN split only (the test split is never
// read here), so settings can be tuned without touching the held-out stories.
// Run: pnpm exec tsx analysis/bench/classify-cv.ts
import { trainModel, type RuleSetJson } from '../src/classifier/index.ts';
import { readCodebook, readDevSet, readJson, RULES_PATH } from './classify-dev-set.ts';

const codebook = readCodebook();
const rules = readJson(RULES_PATH) as RuleSetJson;
const train = readDevSet().filter((story) => story.split === 'train');
const themes = codebook.themes.map((theme) => theme.code);

// The shipped default (l2 0.002) won this comparison when it was made; rerun it after changing the data.
const grid = [
  { l2: 0.0005, iterations: 400 },
  { l2: 0.001, iterations: 400 },
  { l2: 0.002, iterations: 400 },
  { l2: 0.005, iterations: 400 },
  { l2: 0.002, iterations: 800 },
];
console.log(`| l2 | iterations | CV macro-F1 | CV mean kappa | fallback | seconds |\n|---:|---:|---:|---:|---:|---:|`);
for (const settings of grid) {
  const started = performance.now();
  const result = trainModel(train, {
    codebookVersion: codebook.version,
    themes,
    rules,
    trainedAt: new Date().toISOString(),
    ...settings,
  });
  if (!result.ok) throw new Error(result.message);
  const { crossValidation, fallbackMinRatio } = result.model;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `| ${settings.l2} | ${settings.iterations} | ${crossValidation.macroF1} | ${crossValidation.meanKappa} | ${fallbackMinRatio ?? 'off'} | ${seconds} |`,
  );
}
