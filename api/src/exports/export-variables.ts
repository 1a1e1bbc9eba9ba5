import { analysisItems } from '../surveys/analysis-items.ts';
import { type SurveyQuestion, surveyQuestions } from '../surveys/survey-questions.ts';

// What the export's columns are, read from the surveys of the exported waves: quasi-identifiers that
// can be chosen, the answer columns and the labels R and SPSS need.

export const baseQuasiIdentifiers = ['school', 'sector', 'role', 'locale', 'submitted_month'] as const;

/** The built-in quasi-identifiers in the words a researcher reads (export page, disclosure summary). */
export const quasiIdentifierNames: Record<(typeof baseQuasiIdentifiers)[number] | 'wave', string> = {
  school: 'school',
  sector: 'schoolsoort (po, vo, so, sbo, mbo)',
  role: 'rol (ouder of jongere)',
  locale: 'taal',
  submitted_month: 'maand van invullen',
  wave: 'meting',
};

export type ValueLabels = [value: string | number | boolean, label: string][];

export interface ExportQuestion extends SurveyQuestion {
  valueLabels: ValueLabels;
  /** Where the answer sits in a response's answers when it is not at the top (a matrix row: [matrix, row]). */
  path?: string[];
}

export interface AnswerColumn {
  column: string;
  question: ExportQuestion;
  /** Set for the 0/1 column of one option of a multiple-choice question. */
  option?: string | number | boolean;
  type: 'integer' | 'number' | 'string' | 'boolean';
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const textOf = (value: unknown): string =>
  typeof value === 'string' ? value : isObject(value) && typeof value.default === 'string' ? value.default : '';

function labelsByQuestion(definition: Json): Map<string, ValueLabels> {
  const labels = new Map<string, ValueLabels>();
  const walk = (elements: unknown): void => {
    if (!Array.isArray(elements)) return;
    for (const element of elements) {
      if (!isObject(element)) continue;
      if (element.type === 'panel') walk(element.elements);
      if (typeof element.name !== 'string') continue;
      const options = Array.isArray(element.rateValues) ? element.rateValues : element.choices;
      if (!Array.isArray(options)) continue;
      labels.set(
        element.name,
        options.map((option) =>
          isObject(option)
            ? [option.value as string | number, textOf(option.text) || String(option.value)]
            : [option as string | number, String(option)],
        ),
      );
    }
  };
  if (Array.isArray(definition.pages)) for (const page of definition.pages) if (isObject(page)) walk(page.elements);
  walk(definition.elements);
  return labels;
}

/** The questions of several survey versions by name; the first definition of a name wins. */
export function exportQuestions(definitions: readonly Json[]): ExportQuestion[] {
  const byName = new Map<string, ExportQuestion>();
  for (const definition of new Set(definitions)) {
    const labels = labelsByQuestion(definition);
    for (const question of surveyQuestions(definition)) {
      if (byName.has(question.name)) continue;
      const valueLabels =
        labels.get(question.name) ??
        (question.kind === 'boolean'
          ? ([
              [true, 'Ja'],
              [false, 'Nee'],
            ] as ValueLabels)
          : []);
      byName.set(question.name, { ...question, valueLabels });
    }
    // A matrix is one item per row (per row and scale column in a matrixdropdown), as in the dashboard.
    for (const item of analysisItems(definition)) {
      if (item.path.length < 2 || byName.has(item.name)) continue;
      const numeric = item.values.every((v) => /^-?\d+$/.test(v));
      const typed = item.values.map((v) => (numeric ? Number(v) : item.kind === 'boolean' ? v === 'true' : v));
      byName.set(item.name, {
        name: item.name,
        path: item.path,
        type: 'matrix',
        kind: item.kind === 'likert' && !numeric ? 'choice' : item.kind,
        values: typed,
        required: false,
        demographic: false,
        generalise: [],
        title: item.title,
        valueLabels: typed.map((v, i) => [v, item.labels[i] ?? String(v)]),
      });
    }
  }
  return [...byName.values()];
}

/** Questions that can serve as quasi-identifiers: anything with a closed set of answers at the top of the answers. */
export const canBeQuasiIdentifier = (question: SurveyQuestion & { path?: string[] }) =>
  !question.path &&
  (question.kind === 'likert' ||
    question.kind === 'choice' ||
    question.kind === 'boolean' ||
    question.kind === 'number');

/** Safe as an R and SPSS variable name: letters, digits and underscores, starting with a letter. */
export function variableName(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z]/.test(cleaned) ? cleaned.slice(0, 64) : `v_${cleaned}`.slice(0, 64);
}

/**
 * The answer columns of responses.csv: closed questions that are not quasi-identifiers. Free-text answers
 * are left out: they would need redaction per row, and the stories carry the free text.
 */
export function answerColumns(
  questions: readonly ExportQuestion[],
  quasiIdentifiers: ReadonlySet<string>,
): AnswerColumn[] {
  const columns: AnswerColumn[] = [];
  for (const question of questions) {
    // A demographic question is released only as a quasi-identifier, generalised and suppressed with the
    // others; as a plain answer column it would single people out past the k-anonymity of the file.
    if (quasiIdentifiers.has(question.name) || question.demographic) continue;
    switch (question.kind) {
      case 'likert':
        columns.push({ column: variableName(question.name), question, type: 'integer' });
        break;
      case 'number':
        columns.push({ column: variableName(question.name), question, type: 'number' });
        break;
      case 'boolean':
        columns.push({ column: variableName(question.name), question, type: 'boolean' });
        break;
      case 'choice':
        columns.push({ column: variableName(question.name), question, type: 'string' });
        break;
      case 'multi':
        for (const option of question.values)
          columns.push({
            column: variableName(`${question.name}_${String(option)}`),
            question,
            option,
            type: 'integer',
          });
        break;
      case 'text':
      case 'other':
        break;
    }
  }
  return columns;
}

/** The cell of one answer column, from the answer to its question. */
export function answerCell(column: AnswerColumn, value: unknown): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (column.option !== undefined) return Array.isArray(value) ? (value.includes(column.option) ? 1 : 0) : null;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return null;
}

/**
 * Every quasi-identifier a researcher may choose for these questions, and the candidates: every column
 * that could single a respondent out, from which the proposal (estimate.ts) leaves out what would blank
 * out school. The candidates are not the default themselves: an export nobody chose for takes the proposal.
 */
export function quasiIdentifierChoices(questions: readonly ExportQuestion[], waveCount: number) {
  const questionNames = questions.filter(canBeQuasiIdentifier).map((q) => q.name);
  // The wave's name gives away year and audience, so it is a quasi-identifier as soon as there are several.
  const candidates = [
    ...baseQuasiIdentifiers,
    ...(waveCount > 1 ? ['wave'] : []),
    ...questions.filter((q) => q.demographic && canBeQuasiIdentifier(q)).map((q) => q.name),
  ];
  return { available: [...baseQuasiIdentifiers, 'wave', ...questionNames], candidates };
}
