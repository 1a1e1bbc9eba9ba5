import type { SurveyModel } from 'survey-core';
import { errorText } from './error-text.ts';
import type { PageTexts } from './i18n/index.ts';
import { ApiError } from './public-api.ts';

/** A message above the questionnaire: what went wrong, the questions to look at, whether "send again" may help. */
export interface QuestionnaireNotice {
  text: string;
  questions: string[];
  retry: boolean;
}

/** Why a link cannot be used, in the page language: told when it opens, not after the last question. */
export function refusal(error: unknown, t: PageTexts, invitation: boolean): { title: string; text: string } {
  const status = error instanceof ApiError ? error.status : -1;
  if (status === 410) return { title: t.errors.closedTitle, text: t.errors.closed };
  if (invitation && status === 404) return { title: t.errors.invitationUnknownTitle, text: t.errors.invitationUnknown };
  if (invitation && status === 409) return { title: t.errors.invitationUsedTitle, text: t.errors.invitationUsed };
  if (status === 404) return { title: t.errors.unknownLinkTitle, text: t.errors.unknownLink };
  return { title: t.errors.unknownLinkTitle, text: errorText(error, t) };
}

/** What a refused send (not a lost connection) tells the person: the questions by their title, or why. */
export function sendFailure(error: unknown, t: PageTexts, model: SurveyModel | null): QuestionnaireNotice {
  const questions: string[] = [];
  if (error instanceof ApiError && error.code === 'validation_failed' && error.details) {
    for (const [name, messages] of Object.entries(error.details)) {
      const question = model?.getQuestionByName(name);
      questions.push(`${question?.processedTitle ?? name}: ${messages.join(' ')}`);
    }
  }
  const status = error instanceof ApiError ? error.status : -1;
  return {
    text: questions.length ? t.questionnaire.checkAnswers : `${t.questionnaire.sendFailedKept} ${errorText(error, t)}`,
    questions,
    // Only a server that failed or was busy may answer differently the next time.
    retry: !questions.length && (status >= 500 || status === 429),
  };
}
