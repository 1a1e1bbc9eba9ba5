// Reads what the api needs to know from a SurveyJS definition without loading survey-core:
// the questions, their kind and allowed values, and the locales its texts carry.

import { type GeneraliseStep, readGeneraliseSteps } from './generalise-steps.ts';

export type QuestionKind = 'likert' | 'choice' | 'multi' | 'text' | 'boolean' | 'number' | 'other';

export interface SurveyQuestion {
  name: string;
  type: string;
  kind: QuestionKind;
  /** Allowed values, lowest first for Likert items. */
  values: (string | number | boolean)[];
  required: boolean;
  demographic: boolean;
  /** How an export may coarsen the answers of this question as a quasi-identifier (generalise-steps.ts). */
  generalise: GeneraliseStep[];
  title: string;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function defaultText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (isObject(value) && typeof value.default === 'string') return value.default;
  return '';
}

function choiceValues(choices: unknown): (string | number)[] {
  if (!Array.isArray(choices)) return [];
  return choices.map((choice) => (isObject(choice) ? (choice.value as string | number) : (choice as string | number)));
}

function ratingValues(element: Json): number[] {
  if (Array.isArray(element.rateValues)) return choiceValues(element.rateValues).map(Number);
  const min = typeof element.rateMin === 'number' ? element.rateMin : 1;
  const max = typeof element.rateMax === 'number' ? element.rateMax : 5;
  const step = typeof element.rateStep === 'number' ? element.rateStep : 1;
  const values: number[] = [];
  for (let v = min; v <= max; v += step) values.push(v);
  return values;
}

function kindOf(element: Json): { kind: QuestionKind; values: (string | number | boolean)[] } {
  switch (element.type) {
    case 'rating':
      return { kind: 'likert', values: ratingValues(element) };
    case 'radiogroup':
    case 'dropdown':
      return { kind: 'choice', values: choiceValues(element.choices) };
    case 'checkbox':
    case 'tagbox':
      return { kind: 'multi', values: choiceValues(element.choices) };
    case 'boolean':
      return { kind: 'boolean', values: [true, false] };
    case 'comment':
      return { kind: 'text', values: [] };
    case 'text':
      return element.inputType === 'number' ? { kind: 'number', values: [] } : { kind: 'text', values: [] };
    default:
      return { kind: 'other', values: [] };
  }
}

/** The answer values of a question with a closed list of them (choices, a scale, yes/no), or null. */
export function questionValues(element: Json): (string | number | boolean)[] | null {
  const { kind, values } = kindOf(element);
  return kind === 'likert' || kind === 'choice' || kind === 'multi' || kind === 'boolean' ? values : null;
}

/** Every question in a definition, in order, walking pages and panels. */
export function surveyQuestions(definition: Json): SurveyQuestion[] {
  const questions: SurveyQuestion[] = [];
  const walk = (elements: unknown): void => {
    if (!Array.isArray(elements)) return;
    for (const element of elements) {
      if (!isObject(element)) continue;
      if (element.type === 'panel') {
        walk(element.elements);
        continue;
      }
      if (element.type === 'html' || element.type === 'image' || typeof element.name !== 'string') continue;
      questions.push({
        name: element.name,
        type: String(element.type),
        ...kindOf(element),
        required: element.isRequired === true,
        demographic: element.demographic === true,
        generalise: readGeneraliseSteps(element),
        title: defaultText(element.title) || element.name,
      });
    }
  };
  if (Array.isArray(definition.pages)) for (const page of definition.pages) if (isObject(page)) walk(page.elements);
  walk(definition.elements);
  return questions;
}

/** The locales the definition's texts are written in: 'nl' (SurveyJS "default") plus every other key found. */
export function surveyLocales(definition: Json): string[] {
  const found = new Set<string>(['nl']);
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!isObject(value)) return;
    if (typeof value.default === 'string') {
      for (const key of Object.keys(value)) if (/^[a-z]{2}$/.test(key)) found.add(key);
    }
    Object.values(value).forEach(walk);
  };
  walk(definition);
  return [...found];
}
