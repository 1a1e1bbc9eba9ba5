import { describe, expect, it } from 'vitest';
import { firstJsonError, jsonSyntaxProblem, lineAndColumn } from './json-syntax.ts';

describe('jsonSyntaxProblem', () => {
  it('names the line and column of a missing colon, in Dutch', () => {
    expect(jsonSyntaxProblem('{\n  "title": "Ouders",\n  "pages" []\n}')).toBe(
      'Dit is geen geldige JSON: op regel 3, kolom 11 hoort een dubbele punt (:) na de naam.',
    );
  });

  it('points at a comma too many before a closing brace', () => {
    expect(jsonSyntaxProblem('{\n  "title": "Ouders",\n}')).toBe(
      'Dit is geen geldige JSON: op regel 3, kolom 1 hoort een naam tussen dubbele aanhalingstekens ("naam"); staat er een komma te veel?.',
    );
  });

  it('says to use double quotes where single ones are used', () => {
    expect(jsonSyntaxProblem("{ 'title': 1 }")).toContain('regel 1, kolom 3');
    expect(jsonSyntaxProblem("{ 'title': 1 }")).toContain('dubbele aanhalingstekens " in plaats van enkele');
  });

  it('says the text stops too early when a brace is missing', () => {
    expect(jsonSyntaxProblem('{ "title": "Ouders"')).toContain('houdt op terwijl er nog iets open staat');
  });

  it('says an empty field is empty, and nothing for valid JSON', () => {
    expect(jsonSyntaxProblem('  ')).toContain('Het veld is leeg');
    expect(jsonSyntaxProblem('{ "a": [1, -2.5e3, true, null, "x\\"y"], "b": {} }')).toBeNull();
  });

  it('agrees with JSON.parse on what is JSON', () => {
    for (const text of ['{}', '[1,2]', '{"a":1,}', '[1 2]', '"a\nb"', '01', '{"a":1} x', 'tru']) {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(firstJsonError(text) === null, text).toBe(valid);
    }
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
