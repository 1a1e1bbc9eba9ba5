import { useEffect, useMemo, useRef, useState } from 'react';
import { type Question, type SurveyModel, Model, surveyLocalization } from 'survey-core';
import 'survey-core/i18n/arabic';
import 'survey-core/i18n/dutch';
import 'survey-core/i18n/polish';
import 'survey-core/i18n/turkish';
import 'survey-core/i18n/ukrainian';
// The fontless stylesheet: the default one fetches a web font from elsewhere.
import 'survey-core/survey-core.fontless.min.css';
import { Survey } from 'survey-react-ui';
import { fill } from './i18n/index.ts';
import { useLocale } from './locale.tsx';
import { canReadAloud, readAloud } from './read-aloud.tsx';

// The definitions keep Dutch in their "default" entries, so Dutch is SurveyJS's default language here.
surveyLocalization.defaultLocale = 'nl';

export interface SurveyProgress {
  answers: Record<string, unknown>;
  pageNo: number;
}

interface Props {
  definition: Record<string, unknown>;
  surveyLocales: string[];
  initial: SurveyProgress;
  onProgress: (progress: SurveyProgress) => void;
  /** Called with the answers when the last page validates; the survey stays until the parent replaces it. */
  onFinish: (answers: Record<string, unknown>) => void;
  /** Lets the parent point at questions the server rejected. */
  modelRef?: { current: SurveyModel | null };
}

// What a read-aloud button speaks: the question, its help text and, for choice questions, the choices.
function spokenText(question: Question): string {
  const parts = [question.processedTitle, question.description];
  const choices = (question as Question & { visibleChoices?: { text: string }[] }).visibleChoices;
  if (Array.isArray(choices)) parts.push(choices.map((choice) => choice.text).join(', '));
  return parts.filter((part) => typeof part === 'string' && part.trim()).join('. ');
}

/** Runs a SurveyJS questionnaire in the page language, with a read-aloud button on every question. */
export function SurveyRunner({ definition, surveyLocales, initial, onProgress, onFinish, modelRef }: Props) {
  const { locale, t } = useLocale();
  const latest = useRef(initial);
  const callbacks = useRef({ onProgress, onFinish });
  // Set while a page change comes from Back or Forward, so it is not pushed onto the history again.
  const fromHistory = useRef(false);
  callbacks.current = { onProgress, onFinish };

  // A new model per language keeps the title actions and built-in texts in that language; answers carry over.
  const model = useMemo(() => {
    const survey = new Model(definition);
    // Dutch lives in the definition's "default" entries; a language the survey lacks falls back to Dutch.
    survey.locale = locale === 'nl' || surveyLocales.includes(locale) ? locale : 'nl';
    // Agreement scales as large buttons, never collapsed into a dropdown: easier to read, tap and use by keyboard.
    for (const question of survey.getAllQuestions())
      if (question.getType() === 'rating') question.setPropertyValue('displayMode', 'buttons');
    // The comment box is kept as it is typed, not only when it loses focus: a reload loses no word.
    survey.textUpdateMode = 'onTyping';
    // The page shows the title itself (before SurveyJS loads) and its own "Stap 2 van 6".
    survey.showTitle = false;
    survey.showProgressBar = false;
    survey.data = latest.current.answers;
    if (latest.current.pageNo > 0 && latest.current.pageNo < survey.visiblePages.length)
      survey.currentPageNo = latest.current.pageNo;
    survey.onGetQuestionTitleActions.add((_, options) => {
      if (!canReadAloud()) return;
      const question = options.question;
      options.actions.push({
        id: 'read-aloud',
        title: t.readAloud,
        showTitle: true,
        // Never folded into the "…" overflow menu: the button must be visible next to every question.
        disableHide: true,
        disableShrink: true,
        action: () => readAloud(spokenText(question), locale),
      });
    });
    const report = (sender: SurveyModel) => {
      latest.current = { answers: { ...sender.data }, pageNo: sender.currentPageNo };
      callbacks.current.onProgress(latest.current);
    };
    survey.onValueChanged.add(report);
    survey.onCurrentPageChanged.add(report);
    // Every page is a history entry: the browser's Back and Forward move between pages, not off the questionnaire.
    survey.onCurrentPageChanged.add((sender) => {
      if (fromHistory.current) fromHistory.current = false;
      else window.history.pushState({ questionnairePage: sender.currentPageNo }, '');
    });
    // After Volgende or Vorige the button that had focus is gone: keyboard and screen-reader users land
    // on the new page's title (it is read out), and Tab goes on to its first question, not past it.
    let pageChanged = false;
    survey.onCurrentPageChanged.add(() => (pageChanged = true));
    survey.onAfterRenderPage.add((_, { htmlElement }) => {
      if (!pageChanged) return;
      pageChanged = false;
      const title = htmlElement.querySelector<HTMLElement>('.sd-page__title, .sd-question__title');
      if (!title) return;
      title.tabIndex = -1;
      title.focus();
    });
    survey.onCompleting.add((sender, options) => {
      // The parent sends the answers and shows the thank-you page; a failed send keeps the survey as it is.
      options.allow = false;
      callbacks.current.onFinish({ ...sender.data });
    });
    return survey;
  }, [definition, locale]);

  useEffect(() => {
    if (modelRef) modelRef.current = model;
  }, [model, modelRef]);

  const [pageNo, setPageNo] = useState(model.currentPageNo);
  useEffect(() => {
    setPageNo(model.currentPageNo);
    const update = (sender: SurveyModel) => setPageNo(sender.currentPageNo);
    model.onCurrentPageChanged.add(update);
    window.history.replaceState({ questionnairePage: model.currentPageNo }, '');
    const onPop = (event: PopStateEvent) => {
      const page = (event.state as { questionnairePage?: number } | null)?.questionnairePage;
      if (typeof page !== 'number' || page === model.currentPageNo || page >= model.visiblePages.length) return;
      fromHistory.current = true;
      model.currentPageNo = page;
    };
    window.addEventListener('popstate', onPop);
    return () => {
      model.onCurrentPageChanged.remove(update);
      window.removeEventListener('popstate', onPop);
    };
  }, [model]);

  const total = model.visiblePages.length;
  const step = fill(t.questionnaire.step, { n: pageNo + 1, total });
  const pageTitle = model.visiblePages[pageNo]?.processedTitle;
  return (
    <>
      <div className="survey-progress">
        <p id="survey-step" aria-live="polite">
          <strong>{step}</strong>
          {pageTitle ? `: ${pageTitle}` : ''}
        </p>
        <progress value={pageNo + 1} max={total} aria-labelledby="survey-step" />
      </div>
      <Survey model={model} />
    </>
  );
}
