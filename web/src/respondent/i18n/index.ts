import { ar } from './ar.ts';
import { en } from './en.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { tr } from './tr.ts';
import { type PageTexts, themeCodes as themeCodesOf, type ThemeCode as ThemeCodeOf } from './types.ts';
import { uk } from './uk.ts';

// All six languages ship with every respondent page: together about 12 KB gzip, less than a second request.
export const pageLocales = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
export type PageLocale = (typeof pageLocales)[number];

export const pageTexts: Record<PageLocale, PageTexts> = { nl, en, ar, tr, pl, uk };

/** Writing direction per language: Arabic reads right to left. */
export function directionOf(locale: PageLocale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/** BCP 47 tag for speech synthesis, so the browser picks a matching voice (nl-NL for Dutch). */
export const speechLanguage: Record<PageLocale, string> = {
  nl: 'nl-NL',
  en: 'en-GB',
  ar: 'ar',
  tr: 'tr-TR',
  pl: 'pl-PL',
  uk: 'uk-UA',
};

export function isPageLocale(value: unknown): value is PageLocale {
  return typeof value === 'string' && (pageLocales as readonly string[]).includes(value);
}

export { type Audience, textsForAudience } from './audience-texts.ts';
export {
  fill,
  kindCodes,
  themeCodes,
  toneCodes,
  type KindCode,
  type PageTexts,
  type ThemeCode,
  type ToneCode,
} from './types.ts';

export function isThemeCode(value: string): value is ThemeCodeOf {
  return (themeCodesOf as readonly string[]).includes(value);
}
