import { describe, expect, it } from 'vitest';
import { redactText } from '../create-redactor.ts';
import { dutchLexicon } from '../lexicon/dutch-lexicon.ts';
import { tokenizeWords } from '../tokenize-words.ts';
import { DUTCH_MUNICIPALITIES, DUTCH_PLACES, FLEMISH_PLACES } from './place-lists.ts';
import { knownPlaceEnd } from './places.ts';

const lines = (list: string) => list.split('\n').filter((line) => line.trim() !== '');

describe('the gazetteers', () => {
  it('hold every Dutch woonplaats and gemeente and every Flemish and Brussels (deel)gemeente, each once', () => {
    expect(lines(DUTCH_PLACES).length).toBeGreaterThan(2_300);
    expect(lines(FLEMISH_PLACES).length).toBeGreaterThan(1_100);
    expect(lines(DUTCH_MUNICIPALITIES).length).toBeGreaterThan(380);
    for (const list of [DUTCH_PLACES, DUTCH_MUNICIPALITIES, FLEMISH_PLACES])
      expect(new Set(lines(list)).size).toBe(lines(list).length);
  });

  it.each(['Doorn', 'Hulst', 'Steenbergen', 'Vries', 'Brugge', 'Etten-Leur', 'Sint-Job-in-’t-Goor'])(
    'find %s where it starts, as one place',
    (place) => {
      const tokens = tokenizeWords(`Wij wonen in ${place}.`);
      expect(knownPlaceEnd(tokens, 3)).toBe(tokens.length - 1);
    },
  );

  it.each([
    ['Anna Paulowna', 2],
    ['Bergen op Zoom', 3],
    ['Alphen aan den Rijn', 4],
    ["'s-Hertogenbosch", 1],
    ['Den Haag', 2],
  ])('find the whole of %s', (place, words) => {
    expect(knownPlaceEnd(tokenizeWords(`${place} en verder`), 0)).toBe(words - 1);
  });

  it('do not run a place across a comma or over a word that is no place', () => {
    expect(knownPlaceEnd(tokenizeWords('Bergen, op Zoom'), 0)).toBe(0);
    expect(knownPlaceEnd(tokenizeWords('Jansen uit Zwolle'), 0)).toBe(-1);
  });

  it('tell the lexicon which words are places, but leave a given name that is a village a name', () => {
    const lexicon = dutchLexicon();
    expect(['doorn', 'hulst', 'steenbergen', 'etten-leur', 'brugge'].filter((w) => lexicon.isPlace(w))).toHaveLength(5);
    expect(['lies', 'joppe', 'veerle', 'rien', 'erica'].filter((w) => lexicon.isPlace(w))).toEqual([]);
    expect(knownPlaceEnd(tokenizeWords('naar Lies'), 1)).toBe(-1);
  });
});

// Issue 19: places that are also surnames were redacted as people.
describe('a known place where only a place fits stays in the text', () => {
  it.each([
    'Wij wonen sinds vorig jaar in Doorn en de school is fijn.',
    'Mijn dochter zit op een school in Hulst.',
    'We verhuizen in de zomer naar Steenbergen.',
    'Mijn opa woont in Vries en komt elke week.',
    'We fietsen vaak rond Brugge met de klas.',
    'Ze woont in Etten-Leur, vlak bij school.',
    'Op vakantie in Anna Paulowna zagen we de bollenvelden.',
    'Hij komt uit Bergen op Zoom en zit in groep 6.',
    'In Steenbergen is het rustig.',
    'De school in het dorpje bij Ommen is klein.',
    'Hij voetbalt bij VV Steenbergen op zaterdag.',
    'Hij speelt bij SC Welberg in de F-jes.',
    // Municipalities that are no woonplaats, and a place of more words wherever it stands.
    'De stichting beheert basisscholen in Berkelland, Haaksbergen en Hof van Twente.',
    'De leesbevordering in de gemeenten Pekela en Veendam, en bij Museum Peel en Maas.',
    'Hij kwam via Budel, Ter Apel en Ommen in Dantumadiel wonen.',
  ])('%s', (text) => {
    expect(redactText(text).text).toBe(text);
  });

  it('closing a signature after a comma', () => {
    expect(redactText('Met vriendelijke groet,\nEmmy Pater, Doorn').text).toBe(
      'Met vriendelijke groet,\n[NAAM], Doorn',
    );
    expect(redactText('Groet,\nEmmy Pater, Doorn\n06-12345678').text).toBe('Groet,\n[NAAM], Doorn\n[TELEFOON]');
    expect(redactText('Hoogachtend, Emmy Pater Leerling vwo 5, Doorn').text).toBe(
      'Hoogachtend, [NAAM] Leerling vwo 5, Doorn',
    );
  });
});

describe('a person whose surname is a place stays a person', () => {
  it.each([
    ['Gisteren sprak ik Jan Hulst over de ouderavond.', 'Gisteren sprak ik [NAAM] over de ouderavond.'],
    ['Ik heb mevrouw Doorn gemaild.', 'Ik heb mevrouw [NAAM] gemaild.'],
    ['Ik vind juf Van Doorn heel lief.', 'Ik vind juf [NAAM] heel lief.'],
    ['De moeder van Sanne den Ridder belde.', 'De moeder van [NAAM] belde.'],
    ['We zaten in Jan van Doorns klas.', 'We zaten in [NAAM] klas.'],
    ['Geertjan te Linde zit in de klas.', '[NAAM] zit in de klas.'],
    ['Groetjes, Hulst', 'Groetjes, [NAAM]'],
    ['We waren bij Hulst op bezoek.', 'We waren bij [NAAM] op bezoek.'],
    ['Doei,\nJan, Piet, Hulst', 'Doei,\n[NAAM], [NAAM], [NAAM]'],
    [
      'Aanwezig: Mirjam Jansen, De Vries, Hulst\nAfwezig: Pietersen',
      'Aanwezig: [NAAM], [NAAM], [NAAM]\nAfwezig: [NAAM]',
    ],
    ['Ik ga vanmiddag naar Lies om te spelen.', 'Ik ga vanmiddag naar [NAAM] om te spelen.'],
  ])('%s', (text, redacted) => {
    expect(redactText(text).text).toBe(redacted);
  });
});
