import type { PageTexts } from './i18n/index.ts';

export interface StoryFields {
  role: '' | 'ouder' | 'jongere';
  organisation: string;
  schoolId: string;
  title: string;
  text: string;
  tone: string;
  themes: string[];
  kind: string;
  helped: string;
  consentQuote: boolean;
  consentResearch: boolean;
}

export type StoryErrors = Partial<Record<keyof StoryFields, string>>;

export const emptyStory: StoryFields = {
  role: '',
  organisation: '',
  schoolId: '',
  title: '',
  text: '',
  tone: '',
  themes: [],
  kind: '',
  helped: '',
  consentQuote: false,
  consentResearch: false,
};

/** The same rules as the api (text 20–5000 characters after trimming, 1–3 themes), in the reader's language. */
export function validateStory(
  fields: StoryFields,
  t: PageTexts,
  needs: { role: boolean; organisation: boolean },
): StoryErrors {
  const errors: StoryErrors = {};
  if (needs.role && !fields.role) errors.role = t.story.errRole;
  if (needs.organisation && !fields.organisation) errors.organisation = t.story.errOrganisation;
  const length = fields.text.trim().length;
  if (length < 20) errors.text = t.story.errTextShort;
  else if (length > 5000) errors.text = t.story.errTextLong;
  if (!fields.tone) errors.tone = t.story.errTone;
  if (fields.themes.length < 1 || fields.themes.length > 3) errors.themes = t.story.errThemes;
  if (!fields.kind) errors.kind = t.story.errKind;
  return errors;
}
