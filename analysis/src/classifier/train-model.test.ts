import { describe, expect, it } from 'vitest';
import { classifyStory } from './classify-story.ts';
import { loadModel } from './load-model.ts';
import type { RuleSetJson } from './rules.ts';
import { trainModel, type TrainingExample } from './train-model.ts';

const rules: RuleSetJson = {
  codebookVersion: 'test-1',
  themes: { VEI: { terms: ['pest*'], phrases: [] }, KOS: { terms: ['euro'], phrases: [] } },
};
const bullying = [
  'Hij wordt gepest op het plein',
  'Ze pesten haar in de klas',
  'Elke dag gepest bij de fietsen',
  'De pestkop slaat hem',
  'Gepest in de groepsapp',
];
const money = [
  'Het kamp kost 90 euro',
  'We kunnen de bijdrage van 50 euro niet betalen',
  'De laptop kost 600 euro',
  'Te veel geld voor boeken',
  'De reis kost veel geld',
];
const examples: TrainingExample[] = [
  ...bullying.flatMap((text) => [
    { text, themes: ['VEI'] },
    { text: `${text}, echt waar`, themes: ['VEI'] },
  ]),
  ...money.flatMap((text) => [
    { text, themes: ['KOS'] },
    { text: `${text}, echt waar`, themes: ['KOS'] },
  ]),
];
const options = { codebookVersion: 'test-1', themes: ['VEI', 'KOS'], rules, trainedAt: '2026-01-01T00:00:00.000Z' };

describe('trainModel', () => {
  it('trains a model that records its codebook version, time and size, and classifies new stories', () => {
    const result = trainModel(examples, options);
    if (!result.ok) throw new Error(result.message);
    expect(result.model).toMatchObject({
      codebookVersion: 'test-1',
      trainedAt: '2026-01-01T00:00:00.000Z',
      trainingSize: 20,
    });
    const loaded = loadModel(result.model, 'test-1');
    if (!loaded.ok) throw new Error(loaded.message);
    const story = classifyStory(loaded.classifier, 'Mijn dochter wordt gepest door een pestkop');
    expect(story.ok && story.themes[0]?.code).toBe('VEI');
  });

  it('is deterministic for the same data and seed', () => {
    const first = trainModel(examples, options);
    const second = trainModel(examples, options);
    expect(first.ok && first.model.themes).toEqual(second.ok && second.model.themes);
  });

  it('refuses theme codes the codebook does not have', () => {
    const result = trainModel([...examples, { text: 'Iets', themes: ['XYZ'] }], options);
    expect(result).toMatchObject({ ok: false, reason: 'unknown_theme' });
  });

  it('refuses too few examples for cross-validation', () => {
    expect(trainModel(examples.slice(0, 4), options)).toMatchObject({ ok: false, reason: 'too_few' });
  });
});
