import { describe, expect, it } from 'vitest';
import { tokeniseDutch } from './tokenise-dutch.ts';

describe('tokeniseDutch', () => {
  it('keeps the surface form and its place in the text for highlighting', () => {
    const text = 'De Ideeën van ouders';
    const [, ideas] = tokeniseDutch(text);
    expect(ideas?.norm).toBe('ideeen');
    expect(ideas?.surface).toBe('Ideeën');
    expect(text.slice(ideas?.start, ideas?.end)).toBe('Ideeën');
  });

  it('splits po-vo into two words but keeps e-mail as one', () => {
    expect(tokeniseDutch('overgang po-vo per e-mail').map((t) => t.norm)).toEqual([
      'overgang',
      'po',
      'vo',
      'per',
      'email',
    ]);
  });

  it("gives both words of zo'n the same surface form", () => {
    const tokens = tokeniseDutch("zo'n juf");
    expect(tokens.map((t) => [t.norm, t.surface])).toEqual([
      ['zo', "zo'n"],
      ['een', "zo'n"],
      ['juf', 'juf'],
    ]);
  });

  it('numbers clauses at punctuation and line breaks', () => {
    expect(tokeniseDutch('niet gepest, wel moe.\nKlaar').map((t) => t.clause)).toEqual([0, 0, 1, 1, 2]);
  });

  it('keeps numbers such as groep 8', () => {
    expect(tokeniseDutch('groep 8').map((t) => t.norm)).toEqual(['groep', '8']);
  });
});
