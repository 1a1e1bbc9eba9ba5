import { describe, expect, it } from 'vitest';
import { redactText } from '../create-redactor.ts';
import { isGuessable } from '../name-context.ts';
import { tokenizeWords } from '../tokenize-words.ts';
import { FIRST_NAME_LISTS, FIRST_NAMES, NOT_NAMES, SURNAME_LISTS, foldName } from './index.ts';

const lists = Object.entries({ ...prefixed('first names', FIRST_NAME_LISTS), ...prefixed('surnames', SURNAME_LISTS) });

function prefixed(kind: string, byOrigin: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(byOrigin).map(([origin, list]) => [`${origin} ${kind}`, list]));
}

describe.each(lists)('%s', (_name, list) => {
  const words = list.split(/\s+/).filter(Boolean);

  it('are lower case, sorted and unique, so a reviewer finds a name where expected', () => {
    const folded = words.map(foldName);
    expect(words.every((word) => word === word.toLowerCase())).toBe(true);
    expect(folded).toEqual([...folded].sort());
    expect(new Set(folded).size).toBe(folded.length);
  });
});

// A surname such as "meer" still counts after a particle ("van der Meer"), so only first names.
describe.each(Object.entries(FIRST_NAME_LISTS))('%s first names', (_origin, list) => {
  it('hold no word that is never a name ("dat", "maart", "frans")', () => {
    const words = list.split(/\s+/).filter(Boolean);
    expect(words.filter((word) => NOT_NAMES.has(foldName(word)))).toEqual([]);
  });
});

describe('names of every origin are found without a cue', () => {
  it.each([
    ['Dutch', 'Jurriaan'],
    ['Frisian', 'Wietske'],
    ['Limburg', 'Sjra'],
    ['Moroccan', 'Soukaina'],
    ['Amazigh', 'Tiziri'],
    ['Turkish', 'Rümeysa'],
    ['Kurdish', 'Rojhat'],
    ['Hindustani', 'Anoushka'],
    ['Javanese', 'Sumirah'],
    ['Creole', 'Jermain'],
    ['Antillean', 'Churandy'],
    ['Polish', 'Małgorzata'],
    ['Ukrainian', 'Solomiia'],
    ['Somali', 'Nasteho'],
    ['Eritrean', 'Tesfalem'],
    ['Syrian', 'Lujain'],
    ['Afghan', 'Zarghona'],
    ['Iranian', 'Siavash'],
    ['Ghanaian', 'Kwabena'],
    ['Romanian', 'Ioana'],
  ])('%s: %s', (_origin, name) => {
    expect(redactText(`${name} heeft een brief mee naar huis gekregen.`).text).toBe(
      '[NAAM] heeft een brief mee naar huis gekregen.',
    );
  });
});

describe('a name that is also a word is a word until a cue says otherwise', () => {
  it.each([
    'Hij speelt bas in de schoolband.',
    'Ze kreeg een rode roos van de klas.',
    'Er zat een merel op de vensterbank.',
    'Mark je agenda voor de ouderavond.',
    'Hoop doet leven.',
    'Koos je voor havo of vwo?',
    'Mijn zoon wil niet meer naar school.',
    'Ze behandelen mij alsof ik een kind ben.',
    'Ik had graag eerst gelezen wat erin stond.',
    'Ik ben kok en werk vaak in de avond.',
  ])('keeps "%s"', (text) => {
    expect(redactText(text).text).toBe(text);
  });

  it.each([
    ['mijn zoontje bas mag niet mee met gym', 'mijn zoontje [NAAM] mag niet mee met gym'],
    ['Mijn vriendin merel is verhuisd.', 'Mijn vriendin [NAAM] is verhuisd.'],
    ['Bas zit in groep 6.', '[NAAM] zit in groep 6.'],
    ['Gisteren kwam Kim huilend thuis.', 'Gisteren kwam [NAAM] huilend thuis.'],
    ['in de pauze speel ik met daan en mees', 'in de pauze speel ik met [NAAM] en [NAAM]'],
    ['de uitleg van meneer bakker is te snel', 'de uitleg van meneer [NAAM] is te snel'],
  ])('redacts it in "%s"', (text, redacted) => {
    expect(redactText(text).text).toBe(redacted);
  });
});

it('the word endings that stop a guess ("-commissie", "-dorp", "-heid") refuse almost no real name', () => {
  const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
  const plain = [...FIRST_NAMES].filter((name) => /^\p{Ll}{3,}$/u.test(name) && !NOT_NAMES.has(name));
  const refused = plain.filter((name) => {
    const [token] = tokenizeWords(capitalised(name));
    return token !== undefined && !isGuessable(token);
  });
  expect(refused.length / plain.length).toBeLessThan(0.01);
});
