import type { DefinitionProblem } from './validate-definition.ts';

// What a questionnaire may hold, far above any real one (the national questionnaire has ~60 questions
// on 8 pages, nested two deep). Checked before survey-core sees the definition: 500 nested panels took
// survey-core 43 s and 5,000 overflowed the stack.
export const definitionLimits = { maxDepth: 20, maxElements: 1000, maxNodes: 50_000 };

/**
 * JSON nesting depth, number of elements (questions, panels, pages) and of JSON values, counted
 * without recursion; the first limit passed, named, or null when within all.
 */
export function definitionShapeProblem(definition: unknown): DefinitionProblem | null {
  const { maxDepth, maxElements, maxNodes } = definitionLimits;
  const stack: { value: unknown; depth: number }[] = [{ value: definition, depth: 1 }];
  let nodes = 0;
  let elements = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (++nodes > maxNodes)
      return { path: '', message: `De definitie is te groot: meer dan ${maxNodes} JSON-waarden.` };
    if (depth > maxDepth) return { path: '', message: `De definitie is te diep genest: meer dan ${maxDepth} niveaus.` };
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, depth: depth + 1 });
    } else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      if (typeof record.type === 'string' || Array.isArray(record.elements)) elements += 1;
      if (elements > maxElements)
        return {
          path: '',
          message: `De definitie heeft te veel onderdelen: meer dan ${maxElements} vragen, panelen en pagina’s.`,
        };
      for (const child of Object.values(record)) stack.push({ value: child, depth: depth + 1 });
    }
  }
  return null;
}
