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
  // SurveyJS (~270 KB compressed, ~0.3 s of script on a slow phone) starts loading at the first touch or
  // key on this screen, or five seconds after it stands: sooner, it holds back the introduction's paint
  // on a slow connection and blocks the main thread while the page is still loading.
  useEffect(() => {
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      preload();
    };
    const starters = ['pointerdown', 'keydown', 'focusin'] as const;
    for (const name of starters) window.addEventListener(name, start, { once: true, passive: true });
    const timer = window.setTimeout(start, 5000);
    return () => {
      window.clearTimeout(timer);
      for (const name of starters) window.removeEventListener(name, start);
    };
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
