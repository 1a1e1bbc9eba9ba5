// Trains the theme classifier on the development set's TRAIN split, scores it once on the held-out
// TEST split, stores those scores in the model and writes analysis/data/classifier/model.json.
// Run: pnpm exec tsx analysis/bench/classify-train.ts
import { writeFileSync } from 'node:fs';
import {
  evaluateClassifier,
  formatScoresTable,
  loadModel,
  trainModel,
  type RuleSetJson,
  type ThemeModelJson,
} from '../src/classifier/index.ts';
import { MODEL_PATH, readCodebook, readDevSet, readJson, RULES_PATH } from './classify-dev-set.ts';

// One top-level key per line and one theme per line: readable in a diff, still compact.
function serialiseModel(model: ThemeModelJson): string {
  const lines = Object.entries(model).map(([key, value]) => {
    if (key === 'themes' && Array.isArray(value)) {
      return `  "themes": [\n${value.map((theme) => `    ${JSON.stringify(theme)}`).join(',\n')}\n  ]`;
    }
    return `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}

const codebook = readCodebook();
const rules = readJson(RULES_PATH) as RuleSetJson;
if (rules.codebookVersion !== codebook.version) {
  throw new Error(`rules.json is for codebook ${rules.codebookVersion}, the codebook is ${codebook.version}`);
}
const stories = readDevSet();
const train = stories.filter((story) => story.split === 'train');
const test = stories.filter((story) => story.split === 'test');
const themes = codebook.themes.map((theme) => theme.code);

const started = performance.now();
const trained = trainModel(train, {
  codebookVersion: codebook.version,
  themes,
  rules,
  trainedAt: new Date().toISOString(),
});
if (!trained.ok) throw new Error(trained.message);
const loaded = loadModel(trained.model, codebook.version);
if (!loaded.ok) throw new Error(loaded.message);
const heldOut = evaluateClassifier(loaded.classifier, test);
const model: ThemeModelJson = { ...trained.model, heldOutScores: heldOut };
const text = serialiseModel(model);
writeFileSync(MODEL_PATH, text);

console.log(
  `Trained on ${train.length} stories in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
    `${model.vocabulary.length} terms; fallback ${model.fallbackMinRatio ?? 'off'}; wrote ${MODEL_PATH} (${(text.length / 1024).toFixed(0)} KiB).\n`,
);
console.log(
  `Cross-validation on the training split (chose thresholds):\n\n${formatScoresTable(model.crossValidation)}\n`,
);
console.log(
  `Held-out test split (${test.length} stories, never used in training or tuning):\n\n${formatScoresTable(heldOut)}`,
);
