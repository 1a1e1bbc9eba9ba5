import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../../analysis/src/codebook/index.ts';
import {
  directionOf,
  fill,
  kindCodes,
  pageLocales,
  pageTexts,
  textsForAudience,
  themeCodes,
  toneCodes,
} from './index.ts';

// Every leaf string with its dotted path, so a missing or empty translation names itself in the failure.
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  return [[path, value]];
}

describe('respondent page texts', () => {
  const dutch = new Map(leaves(pageTexts.nl));

  it.each(pageLocales)('%s has every text the Dutch has, none empty, with the same placeholders', (locale) => {
    const texts = new Map(leaves(pageTexts[locale]));
    expect([...texts.keys()].sort()).toEqual([...dutch.keys()].sort());
    for (const [path, text] of texts) {
      expect(typeof text, path).toBe('string');
      expect((text as string).trim().length, path).toBeGreaterThan(0);
      const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(text as string), path).toEqual(placeholders(dutch.get(path) as string));
    }
  });

  it('labels exactly the codebook themes, tones and kinds, and uses its Dutch respondent labels', () => {
    expect([...themeCodes]).toEqual(defaultCodebook.themes.map((t) => t.code));
    expect([...toneCodes]).toEqual(defaultCodebook.facets.tone.values.map((v) => v.code));
    expect([...kindCodes]).toEqual(defaultCodebook.facets.kind.values.map((v) => v.code));
    for (const theme of defaultCodebook.themes)
      expect(pageTexts.nl.themes[theme.code as (typeof themeCodes)[number]]).toBe(theme.respondent_label);
    for (const value of defaultCodebook.facets.tone.values)
      expect(pageTexts.nl.tones[value.code as (typeof toneCodes)[number]]).toBe(value.label_nl);
    for (const value of defaultCodebook.facets.kind.values)
      expect(pageTexts.nl.kinds[value.code as (typeof kindCodes)[number]]).toBe(value.label_nl);
  });

  it('translates rather than copies: no language repeats the Dutch theme labels', () => {
    for (const locale of pageLocales.filter((l) => l !== 'nl')) {
      const same = themeCodes.filter((code) => pageTexts[locale].themes[code] === pageTexts.nl.themes[code]);
      expect(same, locale).toEqual([]);
    }
  });

  it('speaks Dutch to parents as "u" and to young people as "je", on every page', () => {
    const words = (audience: 'ouder' | 'jongere') =>
      // Theme labels are the codebook's own words; the consent note for young people is shown to them only.
      leaves(textsForAudience('nl', pageTexts.nl, audience)).filter(
        ([path]) => !path.startsWith('themes.') && path !== 'story.consentYouth',
      );
    const saying = (audience: 'ouder' | 'jongere', pattern: RegExp) =>
      words(audience)
        .filter(([, text]) => pattern.test(text as string))
        .map(([path]) => path);
    expect(saying('ouder', /\b(je|jij|jou|jouw)\b/i)).toEqual([]);
    expect(saying('jongere', /\b(u|uw|bent u|heeft u)\b/i)).toEqual([]);
    // Only the parents' school hint names a child.
    expect(textsForAudience('nl', pageTexts.nl, 'ouder').questionnaire.schoolHint).toContain('uw kind');
    for (const locale of pageLocales)
      expect(textsForAudience(locale, pageTexts[locale], 'jongere').questionnaire.schoolHint, locale).not.toBe(
        textsForAudience(locale, pageTexts[locale], 'ouder').questionnaire.schoolHint,
      );
  });

  it('writes Arabic right to left and the rest left to right', () => {
    expect(pageLocales.filter((l) => directionOf(l) === 'rtl')).toEqual(['ar']);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill(pageTexts.nl.story.charCount, { n: 12 })).toBe('12 van 5000 tekens');
    expect(fill('{a} {b}', { a: 1 })).toBe('1 {b}');
  });
});
