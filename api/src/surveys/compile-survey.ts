import { ConditionRunner, Model, type Question, type SurveyValidator } from 'survey-core';

// survey-core loads a definition in ~20 ms and re-runs every condition when data is set (~4–6 ms per
// answer set, measured on the demo parent survey), too slow for 1,000 submissions per second on two
// cores. So a published version is loaded with survey-core once and compiled into this plan; each
// request then runs survey-core's own ConditionRunner and validators against the answers (~10 µs each).

export type AnswerShape = 'single' | 'multi' | 'ranking' | 'boolean' | 'number' | 'text' | 'matrix' | 'fields' | 'any';

export interface CompiledQuestion {
  name: string;
  type: string;
  shape: AnswerShape;
  /** Allowed values for single/multi/ranking answers and matrix cells; empty means "not checked". */
  values: (string | number | boolean)[];
  /** The keys an object answer may hold: a matrix's row values, a multipletext's item names. */
  keys: string[];
  isRequired: boolean;
  requiredIf: ConditionRunner | null;
  /** The question's own visibleIf and those of every panel and page around it. */
  visibleIf: ConditionRunner[];
  min: number | null;
  max: number | null;
  maxLength: number;
  minSelected: number;
  maxSelected: number;
  /** Whether `<name>-Comment` (other / comment area text) may be answered too. */
  hasComment: boolean;
  validators: SurveyValidator[];
}

export interface CompiledSurvey {
  questions: Map<string, CompiledQuestion>;
}

/** Longest free text accepted when the definition sets no maxLength. */
export const defaultMaxTextLength = 5000;

const singleTypes = new Set(['radiogroup', 'dropdown', 'rating']);
const multiTypes = new Set(['checkbox', 'tagbox']);

function numberOrNull(value: unknown): number | null {
  if (value === undefined || value === null || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

function conditionsAround(question: Question): ConditionRunner[] {
  const expressions: string[] = [];
  if (question.visibleIf) expressions.push(question.visibleIf);
  for (let parent: any = question.parent; parent; parent = parent.parent) {
    if (typeof parent.visibleIf === 'string' && parent.visibleIf) expressions.push(parent.visibleIf);
  }
  return expressions.map((e) => new ConditionRunner(e));
}

function selectValues(q: any): (string | number)[] {
  const values: (string | number)[] = (q.choices ?? []).map((item: { value: string | number }) => item.value);
  for (const [flag, item] of [
    ['showOtherItem', 'otherItem'],
    ['showNoneItem', 'noneItem'],
    ['showRefuseItem', 'refuseItem'],
    ['showDontKnowItem', 'dontKnowItem'],
  ] as const) {
    if (q[flag] && q[item]) values.push(q[item].value);
  }
  return values;
}

function shapeOf(q: any): { shape: AnswerShape; values: (string | number | boolean)[]; keys: string[] } {
  const type = q.getType() as string;
  // A matrix answer is { row: column value }; a multipletext answer is { item: text }.
  if (type === 'matrix')
    return {
      shape: 'matrix',
      values: (q.columns ?? []).map((c: { value: string | number }) => c.value),
      keys: (q.rows ?? []).map((r: { value: string | number }) => String(r.value)),
    };
  if (type === 'multipletext')
    return { shape: 'fields', values: [], keys: (q.items ?? []).map((i: { name: string }) => i.name) };
  return { ...shapeWithoutKeys(q, type), keys: [] };
}

function shapeWithoutKeys(q: any, type: string): { shape: AnswerShape; values: (string | number | boolean)[] } {
  if (type === 'rating')
    return { shape: 'single', values: (q.visibleRateValues ?? []).map((i: { value: number }) => i.value) };
  if (type === 'boolean') return { shape: 'boolean', values: [q.valueTrue ?? true, q.valueFalse ?? false] };
  if (type === 'imagepicker') return { shape: q.multiSelect ? 'multi' : 'single', values: selectValues(q) };
  if (singleTypes.has(type)) return { shape: 'single', values: q.choicesFromQuestion ? [] : selectValues(q) };
  if (multiTypes.has(type)) return { shape: 'multi', values: q.choicesFromQuestion ? [] : selectValues(q) };
  if (type === 'ranking') return { shape: 'ranking', values: q.choicesFromQuestion ? [] : selectValues(q) };
  if (type === 'comment') return { shape: 'text', values: [] };
  if (type === 'text')
    return { shape: q.inputType === 'number' || q.inputType === 'range' ? 'number' : 'text', values: [] };
  return { shape: 'any', values: [] };
}

/** Loads a definition with survey-core and turns it into a validation plan for answers. */
export function compileSurvey(definition: Record<string, unknown>): CompiledSurvey {
  const model = new Model(definition);
  const questions = new Map<string, CompiledQuestion>();
  for (const question of model.getAllQuestions(false, false, true)) {
    const q = question as any;
    if (!question.hasInput || question.getType() === 'expression') continue;
    const maxLength =
      typeof q.maxLength === 'number' && q.maxLength > 0
        ? Math.min(q.maxLength, defaultMaxTextLength)
        : defaultMaxTextLength;
    questions.set(question.name, {
      name: question.name,
      type: question.getType(),
      ...shapeOf(q),
      isRequired: question.isRequired,
      requiredIf: question.requiredIf ? new ConditionRunner(question.requiredIf) : null,
      visibleIf: conditionsAround(question),
      min: numberOrNull(q.min),
      max: numberOrNull(q.max),
      maxLength,
      minSelected: typeof q.minSelectedChoices === 'number' ? q.minSelectedChoices : 0,
      maxSelected:
        typeof q.maxSelectedChoices === 'number' && q.maxSelectedChoices > 0
          ? q.maxSelectedChoices
          : Number.POSITIVE_INFINITY,
      hasComment: Boolean(q.showOtherItem || q.showCommentArea || q.hasComment),
      validators: [...(question.validators ?? [])],
    });
  }
  return { questions };
}

// Published versions never change, so their plans are kept, per database (ids are per database);
// bounded so a flood of versions cannot grow memory.
const caches = new WeakMap<object, Map<number, CompiledSurvey>>();

/** The plan of a published survey version, compiled once per process; `load` reads its definition on a miss. */
export async function compiledVersion(
  db: object,
  versionId: number,
  load: () => Promise<Record<string, unknown>>,
): Promise<CompiledSurvey> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let compiled = cache.get(versionId);
  if (!compiled) {
    if (cache.size >= 500) cache.delete(cache.keys().next().value as number);
    compiled = compileSurvey(await load());
    cache.set(versionId, compiled);
  }
  return compiled;
}
