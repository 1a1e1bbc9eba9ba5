import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { classifyStory, loadModel, type ThemeClassifier } from '@klankbord/analysis/classifier';
import { createRedactor } from '@klankbord/analysis/redaction';

export const SHIPPED_MODEL_PATH = fileURLToPath(
  new URL('../../../analysis/data/classifier/model.json', import.meta.url),
);

export interface EvidenceSpan {
  /** Offsets into the redacted text. */
  start: number;
  end: number;
  text: string;
}

export interface Suggestion {
  code: string;
  score: number;
  evidence: EvidenceSpan[];
}

export type Suggestions =
  | { ok: true; classifierVersion: string; themes: Suggestion[] }
  | {
      ok: false;
      classifierVersion: string | null;
      reason: 'empty' | 'not_dutch' | 'model_unavailable';
      message: string;
    };

type LoadedClassifier = { ok: true; classifier: ThemeClassifier; version: string } | { ok: false; message: string };

// Loaded once per process and codebook version: parsing the model takes a few hundred milliseconds.
const loaded = new Map<string, Promise<LoadedClassifier>>();

async function readModel(path: string, codebookVersion: string): Promise<LoadedClassifier> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    return { ok: false, message: `Het model ${path} is niet te lezen: ${(error as Error).message}` };
  }
  const result = loadModel(json, codebookVersion);
  if (!result.ok) return { ok: false, message: result.message };
  const model = result.classifier.model;
  return { ok: true, classifier: result.classifier, version: `${model.codebookVersion}@${model.trainedAt}` };
}

/** The shipped classifier for this codebook version, or why it cannot be used (e.g. another codebook version). */
export function classifierFor(codebookVersion: string, path = SHIPPED_MODEL_PATH): Promise<LoadedClassifier> {
  const key = `${path}\n${codebookVersion}`;
  let promise = loaded.get(key);
  if (!promise) {
    promise = readModel(path, codebookVersion);
    loaded.set(key, promise);
  }
  return promise;
}

/** Every place where an evidence phrase occurs in the text, in reading order, without overlaps. */
export function evidenceSpans(text: string, phrases: readonly string[]): EvidenceSpan[] {
  const spans: EvidenceSpan[] = [];
  for (const phrase of phrases) {
    if (!phrase) continue;
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length))
      spans.push({ start: at, end: at + phrase.length, text: phrase });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: EvidenceSpan[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start < last.end) continue;
    merged.push(span);
  }
  return merged;
}

/** Machine theme suggestions for an already redacted text, with evidence as offsets into that text. */
export async function suggestThemes(redactedText: string, codebookVersion: string): Promise<Suggestions> {
  const loadedClassifier = await classifierFor(codebookVersion);
  if (!loadedClassifier.ok)
    return { ok: false, classifierVersion: null, reason: 'model_unavailable', message: loadedClassifier.message };
  const result = classifyStory(loadedClassifier.classifier, redactedText);
  if (!result.ok)
    return {
      ok: false,
      classifierVersion: loadedClassifier.version,
      reason: result.reason,
      message:
        result.reason === 'empty'
          ? 'Dit verhaal heeft geen woorden om te coderen; de computer stelt geen thema voor.'
          : 'Dit verhaal lijkt niet Nederlands; de computer stelt geen thema voor.',
    };
  return {
    ok: true,
    classifierVersion: loadedClassifier.version,
    themes: result.themes.map((theme) => ({
      code: theme.code,
      score: theme.score,
      evidence: evidenceSpans(redactedText, theme.evidence),
    })),
  };
}

/** A redactor that also knows the school names of the organisation and its boards. */
export function redactorFor(schoolNames: readonly string[]): (text: string) => string {
  const redact = createRedactor({ knownNames: [...schoolNames] });
  return (text) => redact(text).text;
}
