import { errorKeys } from '@klankbord/api/error-keys';
import { describe, expect, it } from 'vitest';
import { errorMessage, errorMessages } from './error-messages.ts';

// Words that give an English sentence away; none of them is a Dutch word.
const english = /\b(the|you|your|not|is not|cannot|this|that|does|no such|already|must|please|try|first|wave|found)\b/i;
const sampleParams = {
  slug: 'bestaatniet',
  id: 7,
  email: 'a@b.nl',
  seconds: 30,
  count: 3,
  fields: ['waves'],
  names: ['schoenmaat'],
  waves: ['9'],
  allowed: ['sector', 'school'],
  year: 2026,
  name: 'SWV De Vallei',
  file: 'vestigingen.csv',
  line: 4,
  number: '41AB',
  version: '2026.1',
  opensOn: '2026-12-06',
  closesOn: '2026-12-20',
  what: 'Deze link',
  audience: 'ouder',
  organisation: 'swv-de-vallei',
  problem: 'Dit is geen geldig codeboek.',
  reason: '',
  method: 'GET',
  path: '/api/x',
};

describe('the Dutch error catalogue', () => {
  it('has a Dutch sentence for every key the api can send', () => {
    const missing = errorKeys.filter((key) => !(key in errorMessages));
    expect(missing).toEqual([]);
    for (const key of errorKeys) {
      const sentence = errorMessages[key](sampleParams);
      expect(sentence, key).toMatch(/^\S.*[.?!]$/);
      expect(sentence, key).not.toMatch(english);
      expect(sentence, key).not.toMatch(/undefined|\[object/);
    }
  });

  it('has no sentence for a key the api no longer sends', () => {
    expect(Object.keys(errorMessages).filter((key) => !(errorKeys as string[]).includes(key))).toEqual([]);
  });

  it('fills in the parameters the way a staff member reads them', () => {
    expect(errorMessage('organisation_not_found', { slug: 'bestaatniet' })).toBe(
      'De organisatie “bestaatniet” bestaat niet.',
    );
    expect(errorMessage('own_account_disable')).toBe(
      'U kunt uw eigen account niet uitzetten. Vraag een andere beheerder.',
    );
    expect(errorMessage('login_rate_limited', { seconds: 90 })).toBe(
      'Te vaak geprobeerd. Probeer het over 90 seconden opnieuw.',
    );
    expect(errorMessage('wave_not_open_yet', { opensOn: '2026-12-06' })).toContain('vanaf 6 december 2026');
  });

  it('falls back to a Dutch sentence for a key it does not know', () => {
    expect(errorMessage('something_new', {}, 'Dat lukte niet.')).toBe('Dat lukte niet.');
  });
});
