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
