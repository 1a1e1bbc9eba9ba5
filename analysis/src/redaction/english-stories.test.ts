import { describe, expect, it } from 'vitest';
import { createRedactor } from './create-redactor.ts';

// English is a respondent language: the demo's English stories had every sentence's first word ("When", "Our",
// "Once") offered to the researcher as a possible name.
const redact = createRedactor();
const doubted = (text: string) => redact(text).uncertain.map((u) => text.slice(u.start, u.end));

describe('stories written in English', () => {
  it('offers no sentence-starting English word as a possible name, and still redacts the names', () => {
    const text =
      'When we moved to the Netherlands, our son did not speak Dutch. Our daughter loved her teacher Ethan. ' +
      'My son was bullied. Once the school knew, they acted quickly. Honestly the meeting was too fast. ' +
      'Sometimes they forget to tell us things. Yesterday Jayden came home crying.';
    expect(doubted(text)).toEqual([]);
    expect(redact(text).text).toContain('teacher [NAAM].');
    // ("Yesterday Jayden" is taken as one name: more than needed, nothing of the name left.)
    expect(redact(text).text).not.toContain('Jayden');
  });

  it("keeps a Dutch story's unknown sentence-starting word as a doubt, even when it is an English word", () => {
    expect(doubted('Summer is een lieve meid.')).toEqual(['Summer']);
  });
});
