import type { PageLocale } from './i18n/index.ts';

/** A text of a SurveyJS definition in the page language: a plain string, or `{ default, en, … }` (default is Dutch). */
export function localized(text: unknown, locale: PageLocale): string | undefined {
  if (typeof text === 'string') return text;
  if (!text || typeof text !== 'object') return undefined;
  const texts = text as Record<string, unknown>;
  const found = texts[locale] ?? (locale === 'nl' ? texts.nl : undefined) ?? texts.default;
  return typeof found === 'string' ? found : undefined;
}
