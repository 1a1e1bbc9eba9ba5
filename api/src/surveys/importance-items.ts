// Explicit importance items (issue 17 item 3). A questionnaire may ask, beside "Mijn kind voelt zich
// veilig" (satisfaction), "Hoe belangrijk vindt u dat?" (importance). The importance question names the
// item it is about with Klankbord's own property:
//
//   { "type": "rating", "name": "vei_veilig_belang", "rateValues": [1, 2, 3, 4],
//     "title": "Hoe belangrijk vindt u dat uw kind zich veilig voelt?", "importanceOf": "vei_veilig" }
//
// When a questionnaire has such links, the priority matrix puts each linked item's satisfaction against
// the share answering its importance question with one of the top two points, instead of against the
// item's correlation with the report mark; the dashboard and the report say which of the two it shows.
import type { AnalysisItem } from './analysis-items.ts';
import { analysisItems } from './analysis-items.ts';
import type { DefinitionProblem } from './validate-definition.ts';

/** A scale the priority matrix can read: ordered whole numbers, three points or more (top two = agree). */
export function isPriorityScale(item: Pick<AnalysisItem, 'kind' | 'values'>): boolean {
  return item.kind === 'likert' && item.values.length >= 3 && item.values.every((v) => /^-?\d+$/.test(v));
}

export interface ImportanceLink {
  /** The satisfaction item, and the question that asks how important it is. */
  item: AnalysisItem;
  importance: AnalysisItem;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every question carrying `importanceOf`, with where it sits in the definition (for the editor's messages). */
function linkedQuestions(definition: Json): { at: string; name: unknown; of: unknown }[] {
  const found: { at: string; name: unknown; of: unknown }[] = [];
  const walk = (elements: unknown, path: string): void => {
    if (!Array.isArray(elements)) return;
    elements.forEach((element, index) => {
      if (!isObject(element)) return;
      const at = `${path}[${index}]`;
      if (element.type === 'panel') walk(element.elements, `${at}.elements`);
      if ('importanceOf' in element) found.push({ at, name: element.name, of: element.importanceOf });
    });
  };
  if (Array.isArray(definition.pages))
    definition.pages.forEach((page, index) => {
      if (isObject(page)) walk(page.elements, `pages[${index}].elements`);
    });
  walk(definition.elements, 'elements');
  return found;
}

/** The valid importance links of a definition and, in Dutch for the editor, what is wrong with the others. */
export function importanceLinks(definition: Json): { links: ImportanceLink[]; problems: DefinitionProblem[] } {
  const items = new Map(analysisItems(definition).map((i) => [i.name, i]));
  const questions = linkedQuestions(definition);
  const importanceNames = new Set(questions.map((q) => q.name));
  const links: ImportanceLink[] = [];
  const problems: DefinitionProblem[] = [];
  const taken = new Map<string, string>();
  for (const q of questions) {
    const path = `${q.at}.importanceOf`;
    const own = typeof q.name === 'string' ? items.get(q.name) : undefined;
    const target = typeof q.of === 'string' ? items.get(q.of) : undefined;
    if (typeof q.of !== 'string' || q.of === '' || q.of === q.name)
      problems.push({ path, message: '"importanceOf" moet de naam van een andere vraag in deze vragenlijst zijn.' });
    else if (!own || !isPriorityScale(own))
      problems.push({
        path,
        message: 'Een vraag over belang moet een cijferschaal met minstens 3 punten zijn, zoals 1 tot 4 of 1 tot 5.',
      });
    else if (!target || !isPriorityScale(target))
      problems.push({
        path,
        message: `"importanceOf" wijst naar "${q.of}", maar dat is geen vraag met een cijferschaal (minstens 3 punten) in deze vragenlijst.`,
      });
    else if (importanceNames.has(q.of)) problems.push({ path, message: `"${q.of}" is zelf een vraag over belang.` });
    else if (taken.has(q.of))
      problems.push({ path, message: `Vraag "${q.of}" heeft al een vraag over belang ("${taken.get(q.of)}").` });
    else {
      taken.set(q.of, own.name);
      links.push({ item: target, importance: own });
    }
  }
  return { links, problems };
}
