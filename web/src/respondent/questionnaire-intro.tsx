import { useEffect } from 'react';
import { useLocale } from './locale.tsx';
import type { PublicLink } from './public-api.ts';
import { ResumeForm } from './resume-form.tsx';
import { SchoolPicker } from './school-picker.tsx';
import { localized } from './survey-texts.ts';

/**
 * The questionnaire's first screen: what it is about and, for an open link, which school. It needs no
 * SurveyJS, so a phone shows it at once; `preload` fetches SurveyJS meanwhile, once the screen stands.
 */
export function QuestionnaireIntro({
  link,
  code,
  schoolId,
  onStart,
  preload,
}: {
  link: PublicLink;
  code: string;
  schoolId: number | undefined;
  onStart: (schoolId: number | undefined) => void;
  preload: () => void;
}) {
  const { t, locale } = useLocale();
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 1));
    idle(preload);
  }, [preload]);
  const definition = link.survey.definition;
  const title = localized(definition.title, locale) ?? link.wave.name;
  const description = localized(definition.description, locale);
  const school = link.school ?? link.schools.find((s) => s.id === schoolId);
  return (
    <>
      <h1>{title}</h1>
      <p className="muted">{school ? `${school.name} · ${link.organisation.name}` : link.organisation.name}</p>
      {description && <p>{description}</p>}
      {school ? (
        <button type="button" onClick={() => onStart(undefined)}>
          {t.questionnaire.start}
        </button>
      ) : (
        <SchoolPicker schools={link.schools} onChoose={(chosen) => onStart(chosen)} />
      )}
      <ResumeForm code={code} />
    </>
  );
}
