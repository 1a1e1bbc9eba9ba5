import { Model, Serializer } from 'survey-core';
import { checkGeneraliseSteps } from './generalise-steps.ts';
import { importanceLinks } from './importance-items.ts';
import { questionValues } from './survey-questions.ts';

export interface DefinitionProblem {
  /** Where in the definition, e.g. `pages[1].elements[3].name`; empty for the whole definition. */
  path: string;
  message: string;
}

export type DefinitionResult =
  { ok: true; definition: Record<string, unknown> } | { ok: false; problems: DefinitionProblem[] };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Element types that hold no answer and need no name.
const layoutTypes = new Set(['html', 'image']);

function walkElements(
  elements: unknown,
  path: string,
  seen: Map<string, string>,
  problems: DefinitionProblem[],
): number {
  if (elements === undefined) return 0;
  if (!Array.isArray(elements)) {
    problems.push({ path, message: 'Moet een lijst met vragen zijn.' });
    return 0;
  }
  let questions = 0;
  elements.forEach((element, index) => {
    const at = `${path}[${index}]`;
    if (!isObject(element))
      return problems.push({ path: at, message: 'Moet een object met een type en een naam zijn.' });
    const type = element.type;
    if (typeof type !== 'string' || !Serializer.findClass(type)) {
      return problems.push({ path: `${at}.type`, message: `Onbekend vraagtype ${JSON.stringify(type ?? null)}.` });
    }
    const isPanel = type === 'panel' || type === 'flowpanel';
    if (!isPanel && !Serializer.isDescendantOf(type, 'question')) {
      return problems.push({ path: `${at}.type`, message: `"${type}" is geen vraagtype.` });
    }
    if (isPanel) {
      questions += walkElements(element.elements, `${at}.elements`, seen, problems);
      return;
    }
    const name = element.name;
    if (typeof name !== 'string' || name.trim() === '') {
      if (!layoutTypes.has(type)) problems.push({ path: `${at}.name`, message: 'Deze vraag heeft geen naam.' });
      return;
    }
    const first = seen.get(name);
    if (first) problems.push({ path: `${at}.name`, message: `De naam "${name}" komt al voor bij ${first}.` });
    else seen.set(name, at);
    if (!layoutTypes.has(type)) questions += 1;
    for (const message of checkGeneraliseSteps(element, questionValues(element)))
      problems.push({ path: `${at}.generalise`, message });
  });
  return questions;
}

/** A definition sent as JSON text is parsed first; anything else is taken as it is. */
export function parseDefinitionText(
  input: unknown,
): { ok: true; definition: unknown } | { ok: false; problems: DefinitionProblem[] } {
  if (typeof input !== 'string') return { ok: true, definition: input };
  try {
    return { ok: true, definition: JSON.parse(input) };
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `Geen geldige JSON: ${(error as Error).message}` }] };
  }
}

/**
 * Checks that survey-core can run a definition: JSON that parses, known element types, every
 * question named, no name twice, at least one question. Returns every problem with its path.
 */
export function validateDefinition(input: unknown): DefinitionResult {
  const parsed = parseDefinitionText(input);
  if (!parsed.ok) return parsed;
  const { definition } = parsed;
  if (!isObject(definition))
    return { ok: false, problems: [{ path: '', message: 'De definitie moet een JSON-object zijn.' }] };

  const problems: DefinitionProblem[] = [];
  const seen = new Map<string, string>();
  let questions = 0;
  if (definition.pages !== undefined) {
    if (!Array.isArray(definition.pages))
      problems.push({ path: 'pages', message: 'Moet een lijst met pagina’s zijn.' });
    else
      definition.pages.forEach((page, index) => {
        if (!isObject(page)) problems.push({ path: `pages[${index}]`, message: 'Een pagina moet een object zijn.' });
        else questions += walkElements(page.elements, `pages[${index}].elements`, seen, problems);
      });
  }
  questions += walkElements(definition.elements, 'elements', seen, problems);
  if (problems.length === 0 && questions === 0)
    problems.push({ path: '', message: 'De vragenlijst heeft geen enkele vraag.' });
  if (problems.length === 0) problems.push(...importanceLinks(definition).problems);
  if (problems.length) return { ok: false, problems };

  // What the walk above cannot see (e.g. a property of the wrong type): survey-core's own load errors.
  try {
    const model = new Model(definition);
    for (const error of model.jsonErrors ?? []) {
      const type = (error as { type?: string }).type;
      if (type === 'unknownproperty') continue; // custom properties such as `demographic` are allowed
      problems.push({ path: (error.element as { name?: string } | undefined)?.name ?? '', message: error.message });
    }
  } catch (error) {
    problems.push({ path: '', message: `survey-core kan deze definitie niet laden: ${(error as Error).message}` });
  }
  return problems.length ? { ok: false, problems } : { ok: true, definition };
}
