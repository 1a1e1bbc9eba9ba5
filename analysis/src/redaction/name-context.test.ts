import { describe, expect, it } from 'vitest';
import { redactText } from './create-redactor.ts';
import { parseInlineMarkup } from './inline-markup.ts';
import { FIRST_NAMES, SURNAMES } from './names/index.ts';

// Names used here are in no list on purpose: only their context can make them names.
const UNLISTED = ['Noury', 'Tesfom', 'Ljubinka', 'Weldeab'];

function expectFound(marked: string): void {
  const parsed = parseInlineMarkup(marked);
  if (!parsed.ok) throw new Error(`bad markup: ${parsed.reason}`);
  expect(redactText(parsed.text).entities).toEqual(parsed.entities);
}

it('uses names that no list holds', () => {
  for (const name of UNLISTED) {
    expect(FIRST_NAMES.has(name.toLowerCase()) || SURNAMES.has(name.toLowerCase()), name).toBe(false);
  }
});

describe('an unlisted name is found from the words around it', () => {
  it.each([
    'De overstap was zwaar voor [[PERSON:Noury]]. Zijn mentor deed zijn best.',
    'Bel me als u vragen heeft over [[PERSON:Noury]].',
    'Ik sprak gisteren met [[PERSON:Tesfom]] over de overstap.',
    'Toen [[PERSON:Tesfom]] in de klas kwam, sprak hij geen Nederlands.',
    'De juf zei dat [[PERSON:Tesfom]] te druk is.',
    'Hoe kan het dat [[PERSON:Noury]] geen plek krijgt op het vso?',
    'Ik zag in [[PERSON:Noury]]’s schrift dat hij niets had opgeschreven.',
    '[[PERSON:Tesfom]] zit in groep 6 en leest graag.',
    '[[PERSON:Tesfom Weldeab]] zit in groep 6.',
    '[[PERSON:Tesfom]] (8) wordt gepest op het plein.',
    '[[PERSON:Tesfom]] is 9 jaar en zit thuis.',
    '[[PERSON:Tesfom]], mijn zoon, wil niet meer naar school.',
    '[[PERSON:Tesfom]] en ik hebben een klacht ingediend.',
    'Gisteren gingen ik en [[PERSON:Ljubinka]] naar de directeur.',
    '[[PERSON:Tesfom]] uit groep 5 pest hem elke dag.',
    'Mijn kinderen [[PERSON:Tesfom]] en [[PERSON:Ljubinka]] zitten op dezelfde school.',
    'Onze tweeling, [[PERSON:Tesfom]] en [[PERSON:Ljubinka]], zit in groep 3.',
    '[[PERSON:Tesfom]] en [[PERSON:Daan]] zijn beste vrienden.',
    'Mijn zoon [[PERSON:Tesfom]] is ziek. [[PERSON:Tesfom]] mist de toets.',
    'Met vriendelijke groet, [[PERSON:Tesfom Weldeab]]',
    'Groetjes,\n[[PERSON:Ljubinka]]',
    'Naam kind: [[PERSON:Tesfom]]',
  ])('%s', (marked) => expectFound(marked));
});

describe('a capitalised word that is no person stays in the text', () => {
  it.each([
    'We zijn verhuisd van Zwolle naar Ommen en daarna naar Castricum.',
    'De school haalt kinderen op in Zaandam en Wormerveer.',
    'De klas ging naar Naturalis, Artis en de Efteling.',
    'Het schoolkamp was op Ameland. Volgend jaar gaan ze naar Texel.',
    'De Klachtencommissie en het Juridisch Loket reageerden niet.',
    'Hij heeft Downsyndroom en zit op een gewone basisschool.',
    'We gingen met Pasen naar Turkije en met Kerst naar Marokko.',
    'De klas maakt een werkstuk over Zuid-Amerika en Afghanistan.',
    'Het gaat om de nieuwe Wet op het onderwijs.',
    'De gemeente Hollands Kroon betaalt het leerlingenvervoer niet.',
    'Het geld komt van Stichting Flore en het schoolbestuur Spaarnesant.',
    'Met de app Bingel oefent ze en de methode Pluspunt vind ik onduidelijk.',
    'Sinds Corona zit hij vaak thuis.',
    'Ze noemden hem een vieze Turk. Hij is Marokkaan.',
    'Wij zijn Berbers en spreken thuis Tamazight.',
    'We kregen hulp van Kentalis en later van Karakter.',
    'Vandaag kwam de Koning op bezoek en we spraken met de Bakker.',
    'Er wordt op school zoveel met Chromebooks gewerkt.',
    'Ik ben Marokkaans en mijn man is Turks.',
  ])('%s', (text) => {
    expect(redactText(text).text).toBe(text);
  });

  it('keeps a name that is also a word at a sentence start, also when the same word is a name later', () => {
    expectFound('Max 20 minuten huiswerk per dag. Mijn zoon [[PERSON:Max]] houdt zich er niet aan.');
  });
});
