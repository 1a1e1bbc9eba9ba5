import { describe, expect, it } from 'vitest';
import { createRedactor } from './create-redactor.ts';

// News about schools names who spoke after the quote (issue 19, round four: dev10).
const redact = createRedactor();

describe('the speaker named after a quote', () => {
  it.each([
    ['“Ik ben vrij streng”, zegt De Meerleer.', '“Ik ben vrij streng”, zegt [NAAM].'],
    ['"Eerst was de klas doodstil", vertelt Patty.', '"Eerst was de klas doodstil", vertelt [NAAM].'],
    ['"Het is afwachten," jout Slagter oan.', '"Het is afwachten," jout [NAAM] oan.'],
  ])('%s', (text, expected) => {
    expect(redact(text).text).toBe(expected);
  });

  it('leaves a title, a product and a verb without a quote alone', () => {
    expect(redact('"Ik heb het gezien", zegt de juf.').text).toBe('"Ik heb het gezien", zegt de juf.');
    expect(redact('"Mooi", zegt Google Translate.').text).toBe('"Mooi", zegt Google Translate.');
    expect(redact('Dat zegt De Telegraaf vandaag.').text).toBe('Dat zegt De Telegraaf vandaag.');
  });
});
