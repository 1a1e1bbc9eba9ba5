import { describe, expect, it } from 'vitest';
import { loadModel } from './load-model.ts';
import { codebookVersion, shippedModelJson } from './shipped-model.fixture.ts';

describe('loadModel', () => {
  it('loads the shipped model for the shipped codebook', () => {
    const result = loadModel(shippedModelJson, codebookVersion);
    expect(result.ok).toBe(true);
    expect(result.ok && result.classifier.themes).toHaveLength(14);
  });

  it('refuses a model trained for another codebook version, naming both versions', () => {
    const result = loadModel(shippedModelJson, '2031.4');
    expect(result).toMatchObject({ ok: false, reason: 'codebook_mismatch' });
    expect(!result.ok && result.message).toContain(codebookVersion);
    expect(!result.ok && result.message).toContain('2031.4');
  });

  it('refuses something that is not a theme model', () => {
    expect(loadModel(null, codebookVersion)).toMatchObject({ ok: false, reason: 'invalid_model' });
    expect(loadModel({ format: 'other' }, codebookVersion)).toMatchObject({ ok: false, reason: 'invalid_model' });
  });

  it('refuses a model whose weights do not line up with its vocabulary', () => {
    const model = structuredClone(shippedModelJson) as { themes: { weights: number[] }[] };
    model.themes[0]?.weights.pop();
    expect(loadModel(model, codebookVersion)).toMatchObject({ ok: false, reason: 'invalid_model' });
  });
});
