// Test fixture: the shipped model, codebook and development set, read from analysis/data.
// Only tests import this file; the library itself does no I/O.
import { readFileSync } from 'node:fs';

const dataUrl = new URL('../../data/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, dataUrl), 'utf8');

export const shippedModelText = read('classifier/model.json');
export const shippedModelJson: unknown = JSON.parse(shippedModelText);
export const codebookVersion = (JSON.parse(read('codebook/themes.json')) as { version: string }).version;

export interface DevStory {
  id: string;
  text: string;
  themes: string[];
  split: 'train' | 'test';
}

export const devSet: DevStory[] = read('classifier/dev-set.jsonl')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line) as DevStory);
