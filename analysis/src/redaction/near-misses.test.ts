import { describe, expect, it } from 'vitest';
import { redactText } from './create-redactor.ts';

// Words and numbers a parent writes that are not personal data: the story must keep them.
const UNCHANGED = [
  'In Magister zie ik de cijfers pas na een week. Somtoday en ParnasSys zijn ook traag.',
  'Met Pasen, Kerst en Sinterklaas is er een viering, met de Ramadan en het Suikerfeest niet.',
  'Groep 8 heeft 32 leerlingen en de juf doet haar best.',
  'De juf zei dat ze het niet wist. De meester zegt dat ook.',
  'Op 3 maart was er een ouderavond over passend onderwijs.',
  'De ouderbijdrage is € 45 en het kamp kost 45 euro. In 2023 betaalde 80% van de ouders.',
  'Ze had een 5,5 voor rekenen en een 7,8 voor taal.',
  'Het ordernummer van de laptop was 123456789.',
  'Roos is haar lievelingsbloem. Hoop doet leven. Storm heeft veel schade gedaan.',
  'Met Koningsdag en Sint Maarten is er vrij. We kochten taart bij de Bakker.',
  'Op de snelweg 12 km file, de hoofdstraat 2 keer overgestoken, op het zomerkamp 2024 en de ijsbaan 4.',
  'De toets is om 10:00 uur, op 01/02 en 02/03; hij is geboren in 2014.',
  'Max 20 minuten huiswerk per dag, zegt de school.',
  "De IB'er, de mentor, de OPR, de MR en het SWV weten ervan.",
  'Via WhatsApp, Teams, Parro en Social Schools krijgen we berichten.',
  'Mijn dochter heeft dyslexie en mijn zoon heeft ADHD.',
  'Ik ben erg tevreden over de school en de leerkrachten.',
  'Mijn man werkt in ploegendienst. Mijn vrouw spreekt Arabisch.',
  'Hij wordt Zwarte Piet genoemd en de juf lacht mee.',
  'De Cito-toets was in februari. De toetsweek begint op 14 juni.',
  'Het schooladvies was vmbo-kader, de doorstroomtoets gaf havo.',
  'Beste juf, bedankt voor alles! Groetjes',
  'We kregen het via Google Translate en lazen het op de iPad.',
  'De leerkracht Engels is ziek en de docent Wiskunde ook.',
  'Wij zijn in 2019 uit Syrië naar Nederland gekomen.',
  'Het kost 1234 euro per jaar. Om 8.30 uur begint de school.',
  'Geachte heer/mevrouw, hierbij meld ik een klacht.',
  'Het schoolbestuur heeft 22 scholen in Noord-Holland.',
  'In 2024 en 2025 reed de bus 1500 km, en in 2023 de helft.',
  'Het pakket van 2500 mg woog 1000 gr, de film was 1500 mb.',
  'Vanaf 2026 op maandag, en sinds 2019 is het beter.',
];

describe('near-misses stay in the text', () => {
  it.each(UNCHANGED)('%s', (text) => {
    const result = redactText(text);
    expect(result.entities).toEqual([]);
    expect(result.text).toBe(text);
  });

  it('keeps the title and removes only the name', () => {
    expect(redactText('juf Annemiek en meester Rob').text).toBe('juf [NAAM] en meester [NAAM]');
  });

  it('keeps a 9-digit number that fails the 11-proef next to one that passes', () => {
    expect(redactText('Klantnummer 123456789, BSN 123456782.').text).toBe('Klantnummer 123456789, BSN [BSN].');
  });

  it('keeps an IBAN with wrong check digits', () => {
    expect(redactText('Rekening NL92ABNA0417164300 klopt niet.').entities).toEqual([]);
  });

  it('keeps a day and month without a year, redacts a full date', () => {
    expect(redactText('Op 3 maart, niet op 3 maart 2014.').text).toBe('Op 3 maart, niet op [DATUM].');
  });
});
