import { describe, expect, it } from 'vitest';
import { createRedactor } from './create-redactor.ts';

// Real newsletters and news (dev12–dev14, issue 19): a person is named in full once, then by a part of the
// name, in a heading in capitals, or as the speaker before a colon.
const redact = createRedactor();

describe('a name found once is that person everywhere in the text', () => {
  it.each([
    [
      'Een interview met Jan-Willem Roodbeen. Het was stil toen Roodbeen de woorden sprak.',
      'Een interview met [NAAM]. Het was stil toen [NAAM] de woorden sprak.',
    ],
    [
      'BERICHT UIT DE MR, DOOR MARIEKE BRENNINKMEIJER: Heb jij ideeën? Mail Marieke Brenninkmeijer.',
      'BERICHT UIT DE MR, DOOR [NAAM]: Heb jij ideeën? Mail [NAAM].',
    ],
    [
      'Kleuterjuf Mirjam Hoens is blij. Hoens: ,,Ik kijk liever."',
      'Kleuterjuf [NAAM] is blij. [NAAM]: ,,Ik kijk liever."',
    ],
    [
      'Hafsa El Hammoudani doet havo. Haar moeder ziet via een app Hafsa’s cijfers eerder dan zijzelf.',
      '[NAAM] doet havo. Haar moeder ziet via een app [NAAM]’s cijfers eerder dan zijzelf.',
    ],
  ])('%s', (text, expected) => {
    expect(redact(text).text).toBe(expected);
  });

  it('leaves the word in lower case, and other capitals in a heading', () => {
    const result = redact('Meester Visser vertelt over vissen. DOOR DE MR: een visser ving er twee.');
    expect(result.text).toBe('Meester [NAAM] vertelt over vissen. DOOR DE MR: een visser ving er twee.');
  });

  it('settles a doubt at a sentence start, and no longer offers it', () => {
    // Alone, "Jan bleek ziek" leaves "Jan" (also a word) as a doubt; the full name later decides.
    const result = redact('Jan bleek ziek. Meester Jan Driehuis is overleden.');
    expect(result.text).toBe('[NAAM] bleek ziek. Meester [NAAM] is overleden.');
    expect(result.uncertain).toEqual([]);
    expect(redact('Jan bleek ziek.').uncertain.map((d) => [d.start, d.end])).toEqual([[0, 3]]);
  });
});

// Captions, bylines and headings in capitals (dev13, dev14): who made a piece, who speaks.
describe('names in captions, bylines and capitals', () => {
  it.each([
    [
      'Afscheid genomen, zegt directeur Patty Roos. Foto Ap de Heus.',
      'Afscheid genomen, zegt directeur [NAAM]. Foto [NAAM].',
    ],
    ['Tekst en foto: Eddo Hartmann', 'Tekst en foto: [NAAM]'],
    ['Door: Martin Minkenberg', 'Door: [NAAM]'],
    [
      'Gemaakt op: 8-10-2018 Geplaatst door: Rob Schimmel Medezeggenschapsraad',
      'Gemaakt op: [DATUM] Geplaatst door: [NAAM] Medezeggenschapsraad',
    ],
    ['OMA REGINA: “Tegen dat meisje zeg ik niks.”', 'OMA [NAAM]: “Tegen dat meisje zeg ik niks.”'],
    ['STEF BARTEN WINT DE VOORLEESWEDSTRIJD', '[NAAM] WINT DE VOORLEESWEDSTRIJD'],
  ])('%s', (text, expected) => {
    expect(redact(text).text).toBe(expected);
  });

  it.each([
    'Foto: Omrop Fryslân. Door de regen bleven we binnen.',
    'Beeld Shutterstock',
    'GROEP 8 GAAT OP KAMP NAAR ANNA PAULOWNA',
    'MARIEKE WINT',
  ])('leaves %s', (text) => {
    expect(redact(text).text).toBe(text);
  });
});

// dev19–dev21: an address that spells the name beside it, a name between names in a list, headings of a
// team list before a colon.
describe('names completed from what surrounds them', () => {
  it.each([
    ['Intern begeleider: Carmen Klaver: carmen.klaver@schoolhuys.nl', 'Intern begeleider: [NAAM]: [EMAIL]'],
    ['Goud waard! — Edde Beket (@eddebeket) May 2, 2022', 'Goud waard! — [NAAM] ([NAAM]) May 2, 2022'],
    [
      'Sjoerd, Bjorn, Ersin, Giovanni, Dayan, Victor en Tristan wonnen.',
      '[NAAM], [NAAM], [NAAM], [NAAM], [NAAM], [NAAM] en [NAAM] wonnen.',
    ],
    [
      'Directie: Jantine Oskam Onderwijsassistenten: Lina Deelnemers: Chi-Mun',
      'Directie: [NAAM] Onderwijsassistenten: [NAAM] Deelnemers: [NAAM]',
    ],
  ])('%s', (text, expected) => {
    expect(redact(text).text).toBe(expected);
    expect(redact(text).uncertain).toEqual([]);
  });

  it('leaves a place in a list, an address that spells no name here, and a heading', () => {
    expect(redact('Met Jan, Utrecht, Piet en Klaas.').text).toBe('Met [NAAM], Utrecht, [NAAM] en [NAAM].');
    expect(redact('Mail de Administratie Zuid via administratie.zuid@school.nl').text).toBe(
      'Mail de Administratie Zuid via [EMAIL]',
    );
    expect(redact('Directeur: Goed nieuws!').text).toBe('Directeur: Goed nieuws!');
  });
});
