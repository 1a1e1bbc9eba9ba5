// The items a questionnaire is analysed by: one per closed question, one per row of a `matrix` (on
// the column scale) and one per row × scale column of a `matrixdropdown`, each with its own words
// for the answers. Dashboard, report and export codebook all read items from here.

export type ItemKind = 'likert' | 'choice' | 'multi' | 'boolean';

export interface AnalysisItem {
  /** `question`, or `question.row` for a matrix row, `question.row.column` for a matrixdropdown cell. */
  name: string;
  /** Where the answer sits in a response's answers. */
  path: string[];
  kind: ItemKind;
  /** Answer values as the answers JSON writes them (text), lowest first for a scale. */
  values: string[];
  /** The questionnaire's words for each value. */
  labels: string[];
  title: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const textOf = (value: unknown): string =>
  typeof value === 'string' ? value : isObject(value) && typeof value.default === 'string' ? value.default : '';

/** Values and labels of a list of choices (plain values or `{ value, text }`). */
function options(list: unknown): { values: string[]; labels: string[] } {
  if (!Array.isArray(list)) return { values: [], labels: [] };
  const values = list.map((o) => String(isObject(o) ? o.value : o));
  const labels = list.map((o, i) => (isObject(o) ? textOf(o.text) : '') || values[i]!);
  return { values, labels };
}

/** A rating's points, with the words SurveyJS shows at its ends beside the first and last number. */
function ratingScale(element: Json): { values: string[]; labels: string[] } {
  if (Array.isArray(element.rateValues)) return options(element.rateValues);
  const min = typeof element.rateMin === 'number' ? element.rateMin : 1;
  const max = typeof element.rateMax === 'number' ? element.rateMax : 5;
  const step = typeof element.rateStep === 'number' && element.rateStep > 0 ? element.rateStep : 1;
  const values: string[] = [];
  for (let v = min; v <= max && values.length < 100; v += step) values.push(String(v));
  const low = textOf(element.minRateDescription);
  const high = textOf(element.maxRateDescription);
  const labels = values.map((v, i) =>
    i === 0 && low ? `${v} (${low})` : i === values.length - 1 && high ? `${v} (${high})` : v,
  );
  return { values, labels };
}

/** A radiogroup whose every choice is a number, three or more of them, is a scale. */
const isNumericScale = (values: readonly string[]) => values.length >= 3 && values.every((v) => /^-?\d+$/.test(v));

/** The kind, values and labels of a single question or of a matrixdropdown cell (`cellType`). */
function scaleOf(element: Json, type: unknown): Omit<AnalysisItem, 'name' | 'path' | 'title'> | null {
  switch (type) {
    case 'rating':
      return { kind: 'likert', ...ratingScale(element) };
    case 'radiogroup': {
      const o = options(element.choices);
      return { kind: isNumericScale(o.values) ? 'likert' : 'choice', ...o };
    }
    case 'dropdown':
      return { kind: 'choice', ...options(element.choices) };
    case 'checkbox':
    case 'tagbox':
      return { kind: 'multi', ...options(element.choices) };
    case 'boolean':
      return {
        kind: 'boolean',
        values: ['true', 'false'],
        labels: [textOf(element.labelTrue) || 'Ja', textOf(element.labelFalse) || 'Nee'],
      };
    default:
      return null;
  }
}

function matrixItems(element: Json, name: string, title: string): AnalysisItem[] {
  const rows = options(element.rows);
  if (element.type === 'matrix') {
    const columns = options(element.columns);
    const kind = isNumericScale(columns.values) || columns.values.length >= 3 ? 'likert' : 'choice';
    return rows.values.map((row, i) => ({
      name: `${name}.${row}`,
      path: [name, row],
      kind,
      ...columns,
      title: `${title}: ${rows.labels[i]}`,
    }));
  }
  // matrixdropdown: the cells of a column share its type, or the matrix's own cellType and choices.
  const columns = Array.isArray(element.columns) ? element.columns.filter(isObject) : [];
  return columns.flatMap((column) => {
    const scale = scaleOf(
      { ...element, ...column, choices: column.choices ?? element.choices },
      column.cellType ?? element.cellType ?? 'dropdown',
    );
    if (!scale || typeof column.name !== 'string') return [];
    const columnTitle = textOf(column.title) || column.name;
    return rows.values.map((row, i) => ({
      name: `${name}.${row}.${column.name}`,
      path: [name, row, column.name as string],
      ...scale,
      title: `${title}: ${rows.labels[i]} — ${columnTitle}`,
    }));
  });
}

/** Every analysable item of a definition, in questionnaire order, walking pages and panels. */
export function analysisItems(definition: Json): AnalysisItem[] {
  const items: AnalysisItem[] = [];
  const walk = (elements: unknown): void => {
    if (!Array.isArray(elements)) return;
    for (const element of elements) {
      if (!isObject(element)) continue;
      if (element.type === 'panel') walk(element.elements);
      if (typeof element.name !== 'string') continue;
      const title = textOf(element.title) || element.name;
      if (element.type === 'matrix' || element.type === 'matrixdropdown') {
        items.push(...matrixItems(element, element.name, title));
        continue;
      }
      const scale = scaleOf(element, element.type);
      if (scale && scale.values.length > 0) items.push({ name: element.name, path: [element.name], title, ...scale });
    }
  };
  if (Array.isArray(definition.pages)) for (const page of definition.pages) if (isObject(page)) walk(page.elements);
  walk(definition.elements);
  return items;
}

/** The answer of one item in a response's answers, or undefined. */
export function itemAnswer(answers: Json, item: Pick<AnalysisItem, 'path'>): unknown {
  let value: unknown = answers;
  for (const key of item.path) value = isObject(value) ? value[key] : undefined;
  return value;
}
