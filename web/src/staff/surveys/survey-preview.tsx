import { useMemo } from 'react';
import { Model, Serializer, surveyLocalization } from 'survey-core';
import 'survey-core/i18n/dutch';
// The fontless stylesheet: the default one fetches a web font from elsewhere.
import 'survey-core/survey-core.fontless.min.css';
import { Survey } from 'survey-react-ui';

// Klankbord's definitions mark background questions with `demographic` (exports treat them as
// quasi-identifiers) and keep Dutch in their "default" texts.
if (!Serializer.findProperty('question', 'demographic')) {
  Serializer.addProperty('question', { name: 'demographic:boolean', default: false });
}
surveyLocalization.defaultLocale = 'nl';

/** A live, clickable preview of a SurveyJS definition in one of its languages, exactly as respondents see it. */
export default function SurveyPreview({ definition, locale }: { definition: Record<string, unknown>; locale: string }) {
  const model = useMemo(() => {
    const survey = new Model(definition);
    survey.locale = locale === 'nl' ? '' : locale;
    survey.showCompletedPage = false;
    return survey;
  }, [definition, locale]);
  return <Survey model={model} />;
}
