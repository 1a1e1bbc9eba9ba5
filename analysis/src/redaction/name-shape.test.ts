import { describe, expect, it } from 'vitest';
import { redactText } from './create-redactor.ts';
import { lexiconFromList } from './lexicon/dutch-lexicon.ts';

describe('names nobody listed, found by their shape (issue 19)', () => {
  // The five sentences of the issue, as a parent writes them.
  it.each([
    [
      'Ik heb vorige week gebeld met Wendeline Kloosterboer van het steunpunt',
      'Ik heb vorige week gebeld met [NAAM] van het steunpunt',
    ],
    [
      'Mark Hoekstein, de intern begeleider, zei dat onze zoon niet naar het vo mocht.',
      '[NAAM], de intern begeleider, zei dat onze zoon niet naar het vo mocht.',
    ],
    [
      'Volgens Ysolde Brinkhorst moeten ouders meer betrokken worden.',
      'Volgens [NAAM] moeten ouders meer betrokken worden.',
    ],
    [
      'Mijn dochter wordt gepest door Seppe en Lieve uit groep 8.',
      'Mijn dochter wordt gepest door [NAAM] en [NAAM] uit groep 8.',
    ],
    [
      'Juffrouw Ria v.d. Berghe gaat met pensioen, en meester v. Dalen neemt de groep over.',
      'Juffrouw [NAAM] gaat met pensioen, en meester [NAAM] neemt de groep over.',
    ],
  ])('%s', (text, expected) => {
    expect(redactText(text).text).toBe(expected);
  });

  it.each([
    ['De juf van groep 3, mw. Jansen v/d Berg, belde.', 'mw. [NAAM], belde'],
    ['Meester vd. Wal en juf V.d. Linden gaan weg.', 'Meester [NAAM] en juf [NAAM] gaan'],
    ['Het gesprek met Anne-Wil Zwartenkot - de Graaf ging goed.', 'met [NAAM] ging'],
  ])('abbreviated tussenvoegsels and double surnames: %s', (text, part) => {
    expect(redactText(text).text).toContain(part);
  });

  it('finds a full name again where it stands alone, also with a possessive -s', () => {
    expect(redactText('Ik sprak Tjeerd Hoekwater. Tjeerds advies was goed, Hoekwater is aardig.').text).toBe(
      'Ik sprak [NAAM]. [NAAM] advies was goed, [NAAM] is aardig.',
    );
  });

  it('keeps Dutch words, places and organisations', () => {
    for (const text of [
      'We gingen naar Purmerend en daarna naar Friesland.',
      'Het Jeugdfonds betaalde de zwemles, met dank aan de Onderwijsinspectie.',
      'Er wordt op school zoveel met Chromebooks gewerkt.',
      'Lieve ouders, de Kinderboekenweek begint.',
    ]) {
      expect(redactText(text).text).toBe(text);
    }
  });

  it('returns a word it doubts with a confidence instead of redacting it', () => {
    const text = 'We bedanken Kwintessa Groep voor de bus en ook Zwaluwstaart.';
    const result = redactText(text);
    const doubts = result.uncertain.map((u) => ({ word: text.slice(u.start, u.end), confidence: u.confidence }));
    expect(doubts.length).toBeGreaterThan(0);
    for (const doubt of doubts) {
      expect(doubt.confidence).toBeGreaterThan(0);
      expect(doubt.confidence).toBeLessThan(0.7);
      expect(result.text).toContain(doubt.word);
    }
  });

  it('never returns a redacted span as uncertain', () => {
    const { entities, uncertain } = redactText('Volgens Ysolde Brinkhorst zit Pemberly in groep 5 bij Kwintessa.');
    for (const doubt of uncertain) {
      expect(entities.some((e) => e.start < doubt.end && doubt.start < e.end)).toBe(false);
    }
  });
});

// Error classes found on the real-text development sets (real/dev2, real/dev3), each with a sentence from
// them: what a researcher would see leak or break before these rules.
describe('names as real Dutch text writes them (development sets, brief 19)', () => {
  it.each([
    // A given name, a tussenvoegsel and a surname that is also a word or a given name.
    ['Groep 6: Nelleke van Els. Groep 4-5: Ilze van den Hoek.', 'Groep 6: [NAAM]. Groep 4-5: [NAAM].'],
    [
      'Juf Jenneke van den Dries en Lida de Backer lazen voor uit een boek van Emiel de Wild.',
      'Juf [NAAM] en [NAAM] lazen voor uit een boek van [NAAM].',
    ],
    // Initials after a given name.
    [
      'Toen kwam Anja M.G. Schmidt binnen, en Jacqueline B. vond het niks.',
      'Toen kwam [NAAM] binnen, en [NAAM] vond het niks.',
    ],
    // A list of names without commas: each name on its own.
    [
      'Aanwezig Sofie Rens Lian van Beijsterveldt Ouders MR Tom Geerts Stan La Haye',
      'Aanwezig [NAAM] [NAAM] Ouders MR [NAAM] [NAAM]',
    ],
    ['Voorzitter : Marcel Rohde Secretaris : Thea Knop', 'Voorzitter : [NAAM] Secretaris : [NAAM]'],
    // A list of names with unknown ones among them, also at the start of a sentence.
    ['Aanwezig: Abdul, Linette, Jatifah, Aafje en Majorry.', 'Aanwezig: [NAAM], [NAAM], [NAAM], [NAAM] en [NAAM].'],
    [
      'Shane, Roxanne en Mert zitten op kindcentrum De Springplank.',
      '[NAAM], [NAAM] en [NAAM] zitten op kindcentrum [SCHOOL].',
    ],
    // A surname with a capitalised "Van" inside a sentence.
    ['Het is zo, legt Van Boxstael zelf uit.', 'Het is zo, legt [NAAM] zelf uit.'],
    // A speaker before a colon and a quote; a pupil "van basisschool X".
    ['Niesje: ‘Wij bieden de stagiaires een plek.’', '[NAAM]: ‘Wij bieden de stagiaires een plek.’'],
    [
      'Liyana van basisschool De Ruimte uit Almere is de kampioen.',
      '[NAAM] van basisschool [SCHOOL] uit Almere is de kampioen.',
    ],
    // A role before a given name stays; a school after a school word is a school.
    ['Schoolkok Ellen Barink had pasta meegegeven.', 'Schoolkok [NAAM] had pasta meegegeven.'],
    [
      'Ze won met Mas van de Prinses Margrietschool en Amy van basisschool Antonius.',
      'Ze won met [NAAM] van de Prinses Margrietschool en [NAAM] van basisschool [SCHOOL].',
    ],
    // A book's writer after its title; two names the OpenTaal list knows side by side.
    ['Ze las voor uit Meester Paardenpoep van Carry Slee.', 'Ze las voor uit Meester [NAAM] van [NAAM].'],
    [
      'Rien Akkermans van openbare basisschool Den Bongerd uit Goirle won.',
      '[NAAM] van openbare basisschool [SCHOOL] uit Goirle won.',
    ],
    ['Ik las het artikel van Michaja Langelaan over lezen.', 'Ik las het artikel van [NAAM] over lezen.'],
    // A name before an unknown verb form; a school after a full name; a surname that is a word after "van de".
    [
      'De jongen kent nog geen Nederlands. Murie Halil slaat een arm om hem heen.',
      'De jongen kent nog geen Nederlands. [NAAM] slaat een arm om hem heen.',
    ],
    ['Danica Brouwer van De Gouwzee won.', '[NAAM] van De Gouwzee won.'],
    // A lower-case Arabic particle; a non-breaking hyphen from a web page; a place with "den" after "in".
    ['Uit groep acht: Sedra al Kubaisy en Aditya Rode.', 'Uit groep acht: [NAAM] en [NAAM].'],
    [
      'Afscheid van juf Carolien Ootes\u2011Lemmens op de school in Nederhorst den Berg.',
      'Afscheid van juf [NAAM] op de school in Nederhorst den Berg.',
    ],
    [
      'Luister het interview met Twannie de Ridder terug. Van Marcke: “Het bso is goed.”',
      'Luister het interview met [NAAM] terug. [NAAM]: “Het bso is goed.”',
    ],
    [
      'De jury bestond uit burgemeester Melis van de Groep en Jolien Heuveling (Groen van Prinstererschool).',
      'De jury bestond uit burgemeester [NAAM] en [NAAM] (Groen van Prinstererschool).',
    ],
    [
      'We zien dat, zegt Hilde van der Geest, schooldirecteur Gelderlandschool.',
      'We zien dat, zegt [NAAM], schooldirecteur Gelderlandschool.',
    ],
    [
      'Hij koos Hannelore Bruggeman, de voorzitter, en uit handen van Hannelore Bruggeman kreeg hij het boek.',
      'Hij koos [NAAM], de voorzitter, en uit handen van [NAAM] kreeg hij het boek.',
    ],
  ])('%s', (text, expected) => {
    expect(redactText(text).text).toBe(expected);
  });

  it.each([
    'Meedoen is zó belangrijk.',
    'Op de Donald Duck na leest hij niet graag.',
    'Mijn zoon heeft op het Johan de Witt College gezeten.',
  ])('keeps what is no person: %s', (text) => {
    expect(redactText(text).entities.filter((e) => e.type === 'PERSON')).toEqual([]);
  });
});

describe('the OpenTaal lexicon', () => {
  const lexicon = lexiconFromList(
    ['lief/AdAe', 'bellen/Ze', 'Lieve/PN', 'Purmerend/PNPIPK', 'Chromebook', 'mark/Gs'].join('\n'),
  );

  it('knows words, their inflections, places and names', () => {
    expect(lexicon.isWord('lieve')).toBe(true);
    expect(lexicon.isListedWord('lieve')).toBe(false);
    expect(lexicon.isWord('gebeld')).toBe(false);
    expect(lexicon.isProperName('lieve')).toBe(true);
    expect(lexicon.isPlace('purmerend')).toBe(true);
    expect(lexicon.isProperName('purmerend')).toBe(false);
    // A capitalised entry without a genitive is a thing, a word for the name finder.
    expect(lexicon.isListedWord('chromebook')).toBe(true);
  });
});

// Round six (dev24–dev34): names in running text that slipped on pages the rules had never seen.
describe('names in running text, round six', () => {
  it.each([
    // A given name with the possessive -s written on, before the word it owns.
    ['Noras moeder maakt dan sambusa’s.', '[NAAM] moeder maakt dan sambusa’s.'],
    ['Ik was mee op uitstappen van Pepijns klas.', 'Ik was mee op uitstappen van [NAAM] klas.'],
    // Given names the OpenTaal list also holds as a bare lower-case word or a capitalised entry.
    ['Manou is opnieuw met haar gat in de boter gevallen.', '[NAAM] is opnieuw met haar gat in de boter gevallen.'],
    ['Ze volgt Hanne Demeulemeester op.', 'Ze volgt [NAAM] op.'],
    // An age or an adjective of origin before a name no list has.
    [
      'Driftig schrijft de Syrische Samraa de woorden in een werkboek.',
      'Driftig schrijft de Syrische [NAAM] de woorden in een werkboek.',
    ],
    [
      'De 17-jarige Esmie uit Maastricht zegt dat het goed ging.',
      'De 17-jarige [NAAM] uit Maastricht zegt dat het goed ging.',
    ],
    [
      'De Noordwijkerhoutse Lara kreeg zaterdag een telefoontje.',
      'De Noordwijkerhoutse [NAAM] kreeg zaterdag een telefoontje.',
    ],
    // A surname the text uses alone is that surname after "van"; "van" before a given name is whose.
    [
      'Directeur Annet Kil stopt. Het bestuur respecteert het besluit van Kil.',
      'Directeur [NAAM] stopt. Het bestuur respecteert het besluit van [NAAM].',
    ],
    [
      'We gingen naar de boerderij van Arne. Arne heeft een lammetje.',
      'We gingen naar de boerderij van [NAAM]. [NAAM] heeft een lammetje.',
    ],
    // Speech verbs, Gaelic surnames, a full stop glued to the next sentence.
    [',,En nou is ’t klaar!,”roept Len van Steensel opgelucht.', ',,En nou is ’t klaar!,”roept [NAAM] opgelucht.'],
    ['Roos McCardle en Vera van Staveren houden het dicht bij huis.', '[NAAM] en [NAAM] houden het dicht bij huis.'],
    ['zegt wethouder Erik Drenth.De school hoopt op meer.', 'zegt wethouder [NAAM].De school hoopt op meer.'],
  ])('%s', (text, expected) => {
    expect(redactText(text).text).toBe(expected);
  });

  it('keeps the words that only look like names', () => {
    for (const text of [
      'Ik leer Engels op school en Frans thuis.',
      'Al zou ik blij zijn als jonge Vlaamse ouders ons voorbeeld volgden.',
      'Even is het stil in de klas. Door de regen blijven we binnen.',
      'De Nederlanders vieren feest.',
    ]) {
      expect(redactText(text).text, text).toBe(text);
    }
  });
});
