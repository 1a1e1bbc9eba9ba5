// Reads the labelled Dutch development set (analysis/data/classifier/dev-set.jsonl) for the
// classifier scripts and tests. I/O lives here, outside analysis/src.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface DevStory {
  id: string;
  text: string;
  themes: string[];
  role: 'ouder' | 'jongere';
  sector: 'po' | 'vo' | 'so' | 'sbo' | 'mbo';
  split: 'train' | 'test';
}

export const DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));
export const DEV_SET_PATH = `${DATA_DIR}classifier/dev-set.jsonl`;
export const RULES_PATH = `${DATA_DIR}classifier/rules.json`;
export const MODEL_PATH = `${DATA_DIR}classifier/model.json`;
export const CODEBOOK_PATH = `${DATA_DIR}codebook/themes.json`;

export function readDevSet(path = DEV_SET_PATH): DevStory[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line, index) => {
      const story = JSON.parse(line) as DevStory;
      if (
        typeof story.text !== 'string' ||
        !Array.isArray(story.themes) ||
        (story.split !== 'train' && story.split !== 'test')
      ) {
        throw new Error(`${path}:${index + 1}: not a labelled story`);
      }
      return story;
    });
}

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

export function readCodebook(path = CODEBOOK_PATH): { version: string; themes: { code: string }[] } {
  return readJson(path) as { version: string; themes: { code: string }[] };
}
