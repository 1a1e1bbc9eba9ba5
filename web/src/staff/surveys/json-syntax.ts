// What is wrong with JSON text, in Dutch with line and column, instead of the engine's English
// ("Unexpected token … at position 18", worded differently per browser and sometimes without place).

/** Line and column (both from 1) of a character offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, Math.max(0, offset)).split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

type Expected = 'value' | 'name' | 'colon' | 'comma-or-brace' | 'comma-or-bracket' | 'string-end' | 'control' | 'end';

class Stop {
  constructor(
    readonly offset: number,
    readonly expected: Expected,
  ) {}
}

/** The first place where `text` stops being JSON and what was expected there; null when it is JSON. */
export function firstJsonError(text: string): { offset: number; expected: Expected } | null {
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = () => {
    i++; // the opening quote
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') return void i++;
      if (c < ' ') throw new Stop(i, 'control');
      i += c === '\\' ? 2 : 1;
    }
    throw new Stop(i, 'string-end');
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        if (text[i] !== '"') throw new Stop(i, 'name');
        string();
        space();
        if (text[i] !== ':') throw new Stop(i, 'colon');
        i++;
        value();
        space();
        if (text[i] === '}') return void i++;
        if (text[i] !== ',') throw new Stop(i, 'comma-or-brace');
        i++;
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        space();
        if (text[i] === ']') return void i++;
        if (text[i] !== ',') throw new Stop(i, 'comma-or-bracket');
        i++;
      }
    }
    if (c === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i));
    if (!literal) throw new Stop(i, 'value');
    i += literal[0].length;
  };
  try {
    value();
    space();
    if (i < text.length) throw new Stop(i, 'end');
    return null;
  } catch (stop) {
    if (stop instanceof Stop) return { offset: stop.offset, expected: stop.expected };
    throw stop;
  }
}

const hints: Record<Expected, string> = {
  value: 'hoort een waarde: een tekst tussen dubbele aanhalingstekens, een getal, true, false, null, { of [',
  name: 'hoort een naam tussen dubbele aanhalingstekens ("naam"); staat er een komma te veel?',
  colon: 'hoort een dubbele punt (:) na de naam',
  'comma-or-brace': 'mist een komma, of een sluitend haakje }',
  'comma-or-bracket': 'mist een komma, of een sluitend haakje ]',
  'string-end': 'wordt een tekst tussen aanhalingstekens niet gesloten',
  control: 'staat een regelovergang of tab in een tekst; schrijf die als \\n of \\t',
  end: 'staat nog iets na het einde van de definitie',
};

/** A Dutch sentence for what is wrong with `text` as JSON, with line and column; null when it is JSON. */
export function jsonSyntaxProblem(text: string): string | null {
  if (text.trim() === '') return 'Het veld is leeg. Plak of typ een SurveyJS-definitie (JSON).';
  const error = firstJsonError(text);
  if (!error) return null;
  if (error.offset >= text.length)
    return 'Dit is geen geldige JSON: de tekst houdt op terwijl er nog iets open staat. Mist er aan het eind een } of ]?';
  const { line, column } = lineAndColumn(text, error.offset);
  const quote = text[error.offset] === "'" ? ' (gebruik dubbele aanhalingstekens " in plaats van enkele)' : '';
  return `Dit is geen geldige JSON: op regel ${line}, kolom ${column} ${hints[error.expected]}${quote}.`;
}
