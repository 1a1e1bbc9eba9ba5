// A question's `generalise` property: how a researcher export may coarsen its answers before it
// suppresses them, when the question is a quasi-identifier (issue 7). Each step is one level up:
//   "generalise": [
//     { "level": "bouw", "groups": { "onderbouw": ["g1_2", "g3_4"], "bovenbouw": ["g5_6", "g7", "g8"] } },
//     { "level": "schooltype", "groups": { "po": ["onderbouw", "bovenbouw"] } }
//   ]
// or, for a number question, bands: [{ "level": "5 jaar", "width": 5 }, { "level": "10 jaar", "width": 10 }].

export type GeneraliseStep =
  { level: string; groups: Record<string, (string | number)[]> } | { level: string; width: number };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isMember = (value: unknown): value is string | number => typeof value === 'string' || typeof value === 'number';

/** The steps of a question element, or none when it has no (usable) `generalise`. */
export function readGeneraliseSteps(element: Json): GeneraliseStep[] {
  return checkGeneraliseSteps(element, null).length === 0 && Array.isArray(element.generalise)
    ? (element.generalise as GeneraliseStep[])
    : [];
}

/**
 * What is wrong with a question's `generalise` (Dutch, for the questionnaire editor). `values`: the
 * question's answer values when it has a closed list (the first step must group each exactly once);
 * null to skip that check.
 */
export function checkGeneraliseSteps(element: Json, values: readonly (string | number | boolean)[] | null): string[] {
  const steps = element.generalise;
  if (steps === undefined) return [];
  if (!Array.isArray(steps) || steps.length === 0)
    return ['"generalise" moet een lijst van stappen zijn, elk met "level" en "groups" of "width".'];
  const problems: string[] = [];
  const kinds = new Set(steps.map((step) => (isObject(step) && step.width !== undefined ? 'width' : 'groups')));
  if (kinds.size > 1) return ['"generalise" heeft óf alleen stappen met "groups", óf alleen stappen met "width".'];
  let below: string[] | null = values ? values.map(String) : null;
  let width: number | null = null;
  steps.forEach((step, index) => {
    const at = `Stap ${index + 1} van "generalise"`;
    if (!isObject(step) || typeof step.level !== 'string' || step.level.trim() === '') {
      problems.push(`${at} heeft geen naam ("level").`);
      below = null;
      return;
    }
    if (isObject(step.groups) && step.width === undefined) {
      const groups = Object.entries(step.groups);
      const members = groups.flatMap(([, list]) => (Array.isArray(list) ? list : [null]));
      if (groups.length === 0 || !members.every(isMember)) {
        problems.push(`${at} ("${step.level}"): "groups" koppelt elke groep aan een lijst van waarden.`);
        below = null;
        return;
      }
      const named = members.map(String);
      if (below) {
        const twice = [...new Set(named.filter((v, i) => named.indexOf(v) !== i))];
        const missing = below.filter((v) => !named.includes(v));
        const unknown = named.filter((v) => !below!.includes(v));
        if (twice.length) problems.push(`${at} ("${step.level}") noemt ${quoted(twice)} in meer dan één groep.`);
        if (missing.length) problems.push(`${at} ("${step.level}") deelt ${quoted(missing)} niet in.`);
        if (unknown.length) problems.push(`${at} ("${step.level}") kent ${quoted(unknown)} niet.`);
      }
      below = groups.map(([group]) => group);
      return;
    }
    if (typeof step.width === 'number' && step.width > 0 && step.groups === undefined) {
      if (element.type !== 'text' || element.inputType !== 'number')
        problems.push(`${at} ("${step.level}"): banden ("width") passen alleen bij een getalvraag.`);
      else if (width !== null && step.width % width !== 0)
        problems.push(`${at} ("${step.level}"): de breedte ${step.width} is geen veelvoud van ${width}.`);
      width = step.width;
      below = null;
      return;
    }
    problems.push(`${at} ("${step.level}") heeft óf "groups" óf een positieve "width".`);
    below = null;
  });
  return problems;
}

const quoted = (values: string[]) => values.map((v) => `"${v}"`).join(', ');
