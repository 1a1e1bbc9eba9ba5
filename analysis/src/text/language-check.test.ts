import { describe, expect, it } from 'vitest';
import { checkDutchLanguage } from './language-check.ts';
import { tokeniseDutch } from './tokenise-dutch.ts';

const isDutch = (text: string, known: string[] = []) =>
  checkDutchLanguage(tokeniseDutch(text), (word) => known.includes(word)).dutch;

describe('checkDutchLanguage', () => {
  it('accepts Dutch stories, also in youth language', () => {
    expect(isDutch('Mijn dochter wordt al maanden gepest in de klas en de juf doet er niets aan')).toBe(true);
    expect(isDutch('ik word echt gek van die groepsapp ze sturen de hele tijd memes over mij')).toBe(true);
  });

  it('refuses English, German, Polish, Turkish and Ukrainian', () => {
    expect(isDutch('My son is bullied at school and the teacher does nothing about it')).toBe(false);
    expect(isDutch('Mein Sohn wird in der Schule gemobbt und die Lehrer tun nichts')).toBe(false);
    expect(isDutch('Mój syn jest w szkole prześladowany i nauczyciel nic nie robi')).toBe(false);
    expect(isDutch('Oğlum okulda zorbalığa uğruyor ve öğretmen hiçbir şey yapmıyor')).toBe(false);
    expect(isDutch('Мого сина цькують у школі')).toBe(false);
  });

  it('lets a short text pass on a Dutch function word or a known word', () => {
    expect(isDutch('Veel te veel huiswerk')).toBe(true);
    expect(isDutch('Pesten!', ['pesten'])).toBe(true);
    expect(isDutch('hello world')).toBe(false);
  });
});
