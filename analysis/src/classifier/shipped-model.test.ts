import { describe, expect, it } from 'vitest';
import { evaluateClassifier } from './evaluate-classifier.ts';
import { loadModel } from './load-model.ts';
import { codebookVersion, devSet, shippedModelJson, shippedModelText } from './shipped-model.fixture.ts';
import type { ThemeModelJson } from './theme-model.ts';

// Held-out macro-F1 of the shipped model when it was trained (analysis/bench/classify-train.ts);
// a retrained model must not fall more than MARGIN below it.
const REACHED_HELD_OUT_MACRO_F1 = 0.694;
const MARGIN = 0.02;

const loaded = loadModel(shippedModelJson, codebookVersion);
if (!loaded.ok) throw new Error(loaded.message);
const model = shippedModelJson as ThemeModelJson;
const train = devSet.filter((story) => story.split === 'train');
const test = devSet.filter((story) => story.split === 'test');

describe('the shipped theme model', () => {
  it('keeps its agreement with human coding on the held-out stories', () => {
    const scores = evaluateClassifier(loaded.classifier, test);
    expect(scores.macroF1).toBeGreaterThanOrEqual(REACHED_HELD_OUT_MACRO_F1 - MARGIN);
    expect(scores.meanKappa).toBeGreaterThan(0.6);
  });

  it('reports the held-out scores it really has, so the methods appendix can quote them', () => {
    expect(model.heldOutScores).toEqual(evaluateClassifier(loaded.classifier, test));
  });

  it('was trained on the train split only, for the shipped codebook', () => {
    expect(model.trainingSize).toBe(train.length);
    expect(model.codebookVersion).toBe(codebookVersion);
    expect(Date.parse(model.trainedAt)).not.toBeNaN();
  });

  it('stays small enough to ship', () => {
    expect(shippedModelText.length).toBeLessThan(2 * 1024 * 1024);
  });
});

describe('the development set', () => {
  it('codes every theme at least 30 times, with a quarter held out', () => {
    const codes = model.themes.map((theme) => theme.code);
    for (const code of codes)
      expect(devSet.filter((story) => story.themes.includes(code)).length).toBeGreaterThanOrEqual(30);
    expect(test.length / devSet.length).toBeGreaterThan(0.2);
    expect(new Set(devSet.map((story) => story.id)).size).toBe(devSet.length);
  });
});
