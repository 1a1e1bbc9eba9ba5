import type { CompiledQuestion, CompiledSurvey } from './compile-survey.ts';

/** Per question name, the Dutch messages a respondent sees; empty when the answers are fine. */
export type AnswerProblems = Record<string, string[]>;

const commentSuffix = '-Comment';

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function isAllowed(question: CompiledQuestion, value: unknown): boolean {
  return question.values.length === 0 || question.values.some((allowed) => allowed === value);
}

function describeRange(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return `Vul een getal in van ${min} tot en met ${max}.`;
  if (min !== null) return `Vul een getal in van ${min} of hoger.`;
  return `Vul een getal in van ${max} of lager.`;
}

/** What is wrong with the shape or value of one given answer (not about being required). */
function valueProblems(question: CompiledQuestion, value: unknown): string[] {
  switch (question.shape) {
    case 'single':
      return isAllowed(question, value) ? [] : ['Kies een van de antwoorden die bij deze vraag horen.'];
    case 'boolean':
      return isAllowed(question, value) ? [] : ['Kies ja of nee.'];
    case 'multi':
    case 'ranking': {
      if (!Array.isArray(value)) return ['Kies een of meer antwoorden uit de lijst.'];
      if (!value.every((v) => isAllowed(question, v))) return ['Kies alleen antwoorden die bij deze vraag horen.'];
      if (new Set(value).size !== value.length) return ['Kies elk antwoord maar één keer.'];
      if (value.length < question.minSelected) return [`Kies minstens ${question.minSelected} antwoorden.`];
      if (value.length > question.maxSelected) return [`Kies hoogstens ${question.maxSelected} antwoorden.`];
      return [];
    }
    case 'number': {
      const n =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && value.trim() !== ''
            ? Number(value)
            : Number.NaN;
      if (!Number.isFinite(n)) return ['Vul een getal in.'];
      if ((question.min !== null && n < question.min) || (question.max !== null && n > question.max))
        return [describeRange(question.min, question.max)];
      return [];
    }
    case 'text':
      if (typeof value !== 'string') return ['Vul hier tekst in.'];
      return value.length > question.maxLength
        ? [`Uw antwoord is te lang: gebruik hoogstens ${question.maxLength} tekens.`]
        : [];
    case 'matrix':
    case 'fields': {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return ['Beantwoord elke regel van deze vraag.'];
      const entries = Object.entries(value);
      if (entries.some(([key]) => !question.keys.includes(key))) return ['Deze regel hoort niet bij de vraag.'];
      if (question.shape === 'matrix')
        return entries.every(([, cell]) => isAllowed(question, cell))
          ? []
          : ['Kies op elke regel een van de antwoorden die bij deze vraag horen.'];
      return entries.every(
        ([, cell]) =>
          (typeof cell === 'string' || typeof cell === 'number') && String(cell).length <= question.maxLength,
      )
        ? []
        : [`Vul op elke regel tekst in van hoogstens ${question.maxLength} tekens.`];
    }
    case 'any':
      return [];
  }
}

function validatorMessage(validator: any): string {
  switch (validator.getType?.()) {
    case 'numericvalidator':
      return describeRange(validator.minValue ?? null, validator.maxValue ?? null);
    case 'textvalidator':
      return validator.maxLength > 0
        ? `Gebruik hoogstens ${validator.maxLength} tekens.`
        : `Gebruik minstens ${validator.minLength} tekens.`;
    case 'answercountvalidator':
      return 'Kies een ander aantal antwoorden.';
    case 'emailvalidator':
      return 'Vul een geldig e-mailadres in.';
    default:
      return 'Dit antwoord klopt niet.';
  }
}

function isVisible(question: CompiledQuestion, answers: Record<string, unknown>): boolean {
  return question.visibleIf.every((condition) => condition.runValues(answers) === true);
}

/**
 * Checks answers against a compiled survey: no unknown question names, values of the right shape
 * that exist in the definition, numeric ranges, text length, the definition's own validators, and
 * (only when the respondent says they are done) every required question that is visible.
 */
export function validateAnswers(
  survey: CompiledSurvey,
  answers: Record<string, unknown>,
  options: { complete: boolean },
): AnswerProblems {
  // No prototype: an answer named "constructor" or "toString" is a key like any other.
  const problems: AnswerProblems = Object.create(null) as AnswerProblems;
  const add = (name: string, message: string) => (problems[name] ??= []).push(message);

  for (const [name, value] of Object.entries(answers)) {
    const question = survey.questions.get(name);
    if (!question) {
      const owner = name.endsWith(commentSuffix)
        ? survey.questions.get(name.slice(0, -commentSuffix.length))
        : undefined;
      if (owner?.hasComment) {
        if (value !== null && (typeof value !== 'string' || value.length > owner.maxLength))
          add(name, `Vul hier tekst in van hoogstens ${owner.maxLength} tekens.`);
      } else add(name, 'Deze vraag hoort niet bij de vragenlijst.');
      continue;
    }
    if (isEmpty(value)) continue;
    const shapeProblems = valueProblems(question, value);
    if (shapeProblems.length) {
      for (const message of shapeProblems) add(name, message);
      continue;
    }
    for (const validator of question.validators) {
      if (validator.validate(value, name, answers)?.error) add(name, validatorMessage(validator));
    }
  }

  if (options.complete) {
    for (const question of survey.questions.values()) {
      if (!isEmpty(answers[question.name]) || problems[question.name]) continue;
      const required = question.isRequired || question.requiredIf?.runValues(answers) === true;
      if (required && isVisible(question, answers)) add(question.name, 'Deze vraag moet u nog beantwoorden.');
    }
  }
  return problems;
}
