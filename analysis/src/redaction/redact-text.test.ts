import { describe, expect, it } from 'vitest';
import { createRedactor, redactText } from './create-redactor.ts';
import { parseInlineMarkup } from './inline-markup.ts';
import type { RedactionOptions } from './types.ts';

/** Writes expectations as marked text: `[[PHONE:06-12345678]]` must be found at exactly that span. */
function expectFound(marked: string, options?: RedactionOptions): void {
  const parsed = parseInlineMarkup(marked);
  if (!parsed.ok) throw new Error(`bad markup: ${parsed.reason}`);
  expect(redactText(parsed.text, options).entities).toEqual(parsed.entities);
}

describe('redactText output', () => {
  it('replaces each entity by its Dutch token and keeps the rest', () => {
    const result = redactText('Juf Annemiek mailde naar ouder@example.nl, bel 06-12345678.');
    expect(result.text).toBe('Juf [NAAM] mailde naar [EMAIL], bel [TELEFOON].');
  });

  it('gives offsets into the original text, also after emoji (UTF-16 indices)', () => {
    const text = '😀 Mijn zoon Daan';
    const [entity] = redactText(text).entities;
    expect(entity).toEqual({ type: 'PERSON', start: 13, end: 17 });
    expect(text.slice(13, 17)).toBe('Daan');
  });

  it('returns entities sorted and non-overlapping', () => {
    const { entities } = redactText('Mail m.devries@school.nl of kijk op www.school.nl, zoon Daan de Vries.');
    for (let i = 1; i < entities.length; i++) {
      expect(entities[i]!.start).toBeGreaterThanOrEqual(entities[i - 1]!.end);
    }
    expect(entities.map((e) => e.type)).toEqual(['EMAIL', 'URL', 'PERSON']);
  });

  it('a compiled redactor gives the same result as redactText', () => {
    const text = 'Sem zit op De Wilgen in Schagen.';
    const options = { knownNames: ['De Wilgen', { text: 'Schagen', type: 'ADDRESS' as const }] };
    expect(createRedactor(options)(text)).toEqual(redactText(text, options));
  });
});

describe('person names', () => {
  it.each([
    'Mijn zoon [[PERSON:Daan]] zit in groep 6.',
    'mijn zoon [[PERSON:daan]] wordt gepest',
    'Juf [[PERSON:Annemiek]] en meester [[PERSON:Jeroen]] doen samen groep 4.',
    'Mevrouw [[PERSON:De Vries]] en mw. [[PERSON:Bakker]] waren er.',
    'De directeur, dhr. [[PERSON:Van der Meer]], zei nee.',
    'Mijn dochter [[PERSON:Xyla]] is tien.',
    'Hij heet [[PERSON:Bram]] en zit in de brugklas.',
    'Ik ben [[PERSON:Agnieszka]], moeder van [[PERSON:Wiktoria]].',
    '[[PERSON:Fatima]] en [[PERSON:Yassin]] wachten op hun advies.',
    'De brief kwam van [[PERSON:Peter van den Berg]], de directeur.',
    'Mijn zoon [[PERSON:Kacper Kowalski]] zit in de nieuwkomersklas.',
    'Meneer [[PERSON:Yılmaz]] luisterde. Mentor [[PERSON:Said]] ook.',
    'Dhr. [[PERSON:El Amrani]] van de MR nam het mee.',
    'Een brief van drs. [[PERSON:A. Jansen]], bestuurder.',
    'Onze dochter [[PERSON:Semhar]] en haar vriendin [[PERSON:Feven]] spelen samen.',
    'Ze volgt [[PERSON:@juf_marloes]] op Instagram.',
    'De klas van [[PERSON:Mustafa]] heeft 31 leerlingen.',
    'Met vriendelijke groet, familie [[PERSON:Jansen]]',
    // A given name that is also a word still belongs to the surname after it, also at a sentence start.
    '[[PERSON:Bas van Dijk]] pest en [[PERSON:Jan de Vries]] kijkt toe.',
    '[[PERSON:Piet van der Linden]] uit mijn klas doet gemeen.',
    // ... and stands alone before a verb only a person does.
    '[[PERSON:Roos]] zegt dat ze niet meer wil. [[PERSON:Bas]] wil ook niet.',
    // Surnames typed in lower case after a given name.
    '[[PERSON:sanne de vries]] pest mij en [[PERSON:fatima bouzid]] ook',
    'mn zoon [[PERSON:sem van der linden]] en [[PERSON:Ilyas ouali]]',
    // A surname that is also an everyday word stays a word: "daan groot" is "Daan is tall".
    'ik vind [[PERSON:daan]] groot voor zijn leeftijd',
  ])('%s', (marked) => expectFound(marked));
});

describe('contact details and identifiers', () => {
  it.each([
    'Mail [[EMAIL:m.devries@deregenboog.nl]] of [[EMAIL:Fam.Yilmaz@KPNmail.nl]].',
    'Bel [[PHONE:06-12345678]], [[PHONE:06 1234 5678]] of [[PHONE:0612345678]].',
    'Bel [[PHONE:+31 6 12345678]], [[PHONE:+31 (0)6 12345678]] of [[PHONE:0031 6 12345678]].',
    'Bel [[PHONE:020-1234567]], [[PHONE:010 123 45 67]] of [[PHONE:(010) 123 45 67]].',
    'Gratis: [[PHONE:0800-1234]] of [[PHONE:0800-0224466]]; school [[PHONE:0226-312345]].',
    'Postcode [[POSTCODE:1234 AB]] of [[POSTCODE:1234AB]].',
    'Wij wonen op [[ADDRESS:Dorpsstraat 4]], [[POSTCODE:1742 gh]] Schagen; postcode [[POSTCODE:3512 jk]], ook [[POSTCODE:3512jk]].',
    'We wonen op [[ADDRESS:Kerkstraat 12a]] en daarna [[ADDRESS:Van Goghlaan 3-II]].',
    'Adres: [[ADDRESS:Burgemeester Peecklaan 21-b]], [[POSTCODE:1827 BG]] Alkmaar.',
    'Nu op [[ADDRESS:Laan van Meerdervoort 45]] en [[ADDRESS:Vondelstraat 15 hs]].',
    'BSN [[BSN:111222333]], [[BSN:1234.56.782]] of [[BSN:123 456 782]].',
    'Zijn BSN is [[BSN:1234 56 782]] en het hare [[BSN:123.456.782]].',
    'Betaal op [[IBAN:NL91ABNA0417164300]] of [[IBAN:NL91 ABNA 0417 1643 00]] voor vrijdag.',
    'Belgische rekening [[IBAN:BE68 5390 0754 7034]] voor het kamp.',
    'Geboren op [[DATE:3 mei 2015]], gesprek op [[DATE:12-03-2024]] en [[DATE:2014-06-01]].',
    'Hij is geboren op [[DATE:3 mei]] en jarig in de zomer.',
    'Ook [[PHONE:06/12345678]], [[PHONE:(06) 12345678]], [[PHONE:06\u00a012345678]] en [[PHONE:06–12345678]].',
    'Wij wonen op [[ADDRESS:schoolstraat 4]] en oma op [[ADDRESS:2e Jan Steenstraat 3]].',
    "Geboren [[DATE:3-3-14]], zijn zus geb. [[DATE:3 maart '16]] en DOB: [[DATE:2014/03/03]].",
    'Kijk op [[URL:www.oudersteunpunt.nl]] of [[URL:https://school.example.nl/huiswerk?groep=7]].',
    'Aanmelden via [[URL:aanmelden.deregenboog.nl/inschrijven]].',
  ])('%s', (marked) => expectFound(marked));
});

describe('known names', () => {
  const knownNames = ['De Regenboog', 'Bonhoeffer College', { text: 'Schagen', type: 'ADDRESS' as const }, "'t Zand"];

  it('are found case-insensitively as whole words, with their type', () => {
    expectFound('Op [[SCHOOL:de regenboog]] en het [[SCHOOL:BONHOEFFER COLLEGE]] in [[ADDRESS:Schagen]].', {
      knownNames,
    });
  });

  it('do not match inside other words', () => {
    expectFound('De regenboogvlag hing in Schagenbrug.', { knownNames });
  });

  it('handle apostrophes in either form', () => {
    expectFound('Wij wonen in [[SCHOOL:’t Zand]].', { knownNames });
  });

  it('plain strings that start with a first name become PERSON', () => {
    expectFound('Het gesprek was met [[PERSON:Annemiek Visser]].', { knownNames: ['Annemiek Visser'] });
  });
});

describe('school names by their form', () => {
  it.each([
    'Hij zit op basisschool [[SCHOOL:De Piramide]] in Zaandam.',
    'Ze gaat naar het [[SCHOOL:Stedelijk Gymnasium]] na de zomer.',
    'Onze zoon zit op het [[SCHOOL:Erasmus College]].',
  ])('%s', (marked) => expectFound(marked));
});
