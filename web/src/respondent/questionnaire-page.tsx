import { useCallback, useEffect, useRef, useState } from 'react';
import type { SurveyModel } from 'survey-core';
import { clearDraft, loadDraft, saveDraft } from './drafts.ts';
import { errorText } from './error-text.ts';
import { isPageLocale } from './i18n/index.ts';
import { ErrorView, Loading, RespondentLayout } from './layout.tsx';
import { LocaleProvider, useLocale } from './locale.tsx';
import { PublicApiError, publicApi, type PublicLink } from './public-api.ts';
import { ResumeForm } from './resume-form.tsx';
import { SchoolPicker } from './school-picker.tsx';
import { SurveyRunner } from './survey-runner.tsx';
import { ThanksView } from './thanks-view.tsx';

/** What the browser keeps while someone fills in the questionnaire of one link. */
interface QuestionnaireDraft {
  answers: Record<string, unknown>;
  pageNo: number;
  schoolId?: number;
  resumeCode?: string;
}

type Step = { kind: 'survey' } | { kind: 'saved'; resumeCode: string } | { kind: 'thanks'; receiptCode: string };
type Load = { kind: 'loading' } | { kind: 'failed'; title: string; text: string } | { kind: 'ready'; link: PublicLink };

const draftKey = (code: string) => `vragenlijst.${code}`;

function Questionnaire({ code }: { code: string }) {
  const { t, locale, setLocale } = useLocale();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [draft, setDraft] = useState<QuestionnaireDraft>(
    () => loadDraft<QuestionnaireDraft>(draftKey(code)) ?? { answers: {}, pageNo: 0 },
  );
  const [restored] = useState(() => Object.keys(draft.answers).length > 0);
  const [step, setStep] = useState<Step>({ kind: 'survey' });
  const [sendError, setSendError] = useState<{ text: string; questions: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const modelRef = useRef<SurveyModel | null>(null);
  const draftRef = useRef(draft);
  // An invitation letter links to /s/<school link>?uitnodiging=<token>: the token is sent instead of the code.
  const [invitation] = useState(() => new URLSearchParams(window.location.search).get('uitnodiging'));

  const keep = useCallback(
    (next: QuestionnaireDraft) => {
      draftRef.current = next;
      saveDraft(draftKey(code), next);
    },
    [code],
  );

  useEffect(() => {
    let cancelled = false;
    const start = async () => {
      const resumeCode = new URLSearchParams(window.location.search).get('hervat');
      if (resumeCode) {
        const resumed = await publicApi
          .resume(resumeCode)
          .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
        if (!(resumed instanceof Error)) {
          const next = {
            answers: resumed.answers,
            pageNo: 0,
            resumeCode,
            ...(resumed.schoolId ? { schoolId: resumed.schoolId } : {}),
          };
          saveDraft(draftKey(resumed.code), next);
          if (isPageLocale(resumed.locale) && resumed.locale !== locale) setLocale(resumed.locale);
          // The resume code has done its work; keep it out of the address bar and history.
          window.history.replaceState(null, '', `/s/${encodeURIComponent(resumed.code)}`);
          if (resumed.code !== code) window.dispatchEvent(new PopStateEvent('popstate'));
          if (cancelled || resumed.code !== code) return;
          keep(next);
          setDraft(next);
        } else if (!cancelled) {
          setSendError({
            text:
              resumed instanceof PublicApiError && resumed.status === 404
                ? t.questionnaire.resumeUnknown
                : errorText(resumed, t),
            questions: [],
          });
        }
      }
      try {
        const link = await publicApi.link(code);
        if (!cancelled) setLoad({ kind: 'ready', link });
      } catch (error) {
        if (cancelled) return;
        const status = error instanceof PublicApiError ? error.status : 0;
        if (status === 404) setLoad({ kind: 'failed', title: t.errors.unknownLinkTitle, text: t.errors.unknownLink });
        else if (status === 410) setLoad({ kind: 'failed', title: t.errors.closedTitle, text: t.errors.closed });
        else setLoad({ kind: 'failed', title: t.errors.unknownLinkTitle, text: errorText(error, t) });
      }
    };
    void start();
    return () => {
      cancelled = true;
    };
    // Loads once per link (the page is keyed by code); a language switch must not reload it.
  }, [code]);

  const send = async (answers: Record<string, unknown>, complete: boolean) => {
    if (load.kind !== 'ready') return;
    const current = { ...draftRef.current, answers };
    keep(current);
    setBusy(true);
    setSendError(null);
    try {
      const schoolId = load.link.school ? undefined : current.schoolId;
      const result = await publicApi.sendResponse({
        ...(current.resumeCode ? { resumeCode: current.resumeCode } : invitation ? { token: invitation } : { code }),
        ...(schoolId ? { schoolId } : {}),
        locale,
        role: load.link.wave.audience,
        answers,
        complete,
      });
      if (complete) {
        clearDraft(draftKey(code));
        setStep({ kind: 'thanks', receiptCode: result.receiptCode });
      } else if (result.resumeCode) {
        keep({ ...current, resumeCode: result.resumeCode });
        setStep({ kind: 'saved', resumeCode: result.resumeCode });
      }
    } catch (error) {
      const questions: string[] = [];
      if (error instanceof PublicApiError && error.code === 'validation_failed' && error.details) {
        for (const [name, messages] of Object.entries(error.details)) {
          const question = modelRef.current?.getQuestionByName(name);
          questions.push(`${question?.processedTitle ?? name}: ${messages.join(' ')}`);
        }
      }
      setSendError({
        text: questions.length
          ? t.questionnaire.checkAnswers
          : `${t.questionnaire.sendFailedKept} ${errorText(error, t)}`,
        questions,
      });
    } finally {
      setBusy(false);
    }
  };

  if (load.kind === 'loading')
    return (
      <RespondentLayout title="Klankbord">
        <Loading />
      </RespondentLayout>
    );
  if (load.kind === 'failed') {
    return (
      <RespondentLayout title={load.title}>
        <ErrorView title={load.title} text={load.text}>
          <p>
            <a href="/vertel">{t.story.title}</a>
          </p>
        </ErrorView>
      </RespondentLayout>
    );
  }
  const { link } = load;
  const surveyTitle = link.wave.name;

  if (step.kind === 'thanks') {
    return (
      <RespondentLayout title={t.thanks.title}>
        <ThanksView receiptCode={step.receiptCode} storyHref={`/s/${encodeURIComponent(code)}/verhaal`} />
      </RespondentLayout>
    );
  }

  if (step.kind === 'saved') {
    const resumeLink = `${window.location.origin}/s/${encodeURIComponent(code)}?hervat=${encodeURIComponent(step.resumeCode)}`;
    return (
      <RespondentLayout title={t.questionnaire.savedTitle}>
        <SavedView
          resumeCode={step.resumeCode}
          resumeLink={resumeLink}
          onContinue={() => setStep({ kind: 'survey' })}
        />
      </RespondentLayout>
    );
  }

  if (!link.school && !draft.schoolId) {
    return (
      <RespondentLayout title={surveyTitle}>
        <h1>{surveyTitle}</h1>
        <p>{link.organisation.name}</p>
        <SchoolPicker
          schools={link.schools}
          onChoose={(schoolId) => {
            const next = { ...draftRef.current, schoolId };
            keep(next);
            setDraft(next);
          }}
        />
        <ResumeForm code={code} />
      </RespondentLayout>
    );
  }

  return (
    <RespondentLayout title={surveyTitle}>
      <p className="muted">
        {link.school?.name ?? link.schools.find((s) => s.id === draft.schoolId)?.name ?? link.organisation.name}
      </p>
      {restored && step.kind === 'survey' && (
        <p className="notice" role="status">
          {t.questionnaire.draftRestored}
        </p>
      )}
      {sendError && (
        <div className="error" role="alert">
          <p>{sendError.text}</p>
          {sendError.questions.length > 0 && (
            <ul>
              {sendError.questions.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
          )}
          {!sendError.questions.length && (
            <button type="button" disabled={busy} onClick={() => void send(draftRef.current.answers, true)}>
              {t.questionnaire.retry}
            </button>
          )}
        </div>
      )}
      <SurveyRunner
        definition={link.survey.definition}
        surveyLocales={link.survey.locales}
        initial={{ answers: draft.answers, pageNo: draft.pageNo }}
        modelRef={modelRef}
        onProgress={(progress) => keep({ ...draftRef.current, ...progress })}
        onFinish={(answers) => void send(answers, true)}
      />
      <section className="save-later" aria-labelledby="later-verder">
        <h2 id="later-verder">{t.questionnaire.saveLater}</h2>
        <p>{t.questionnaire.saveLaterHint}</p>
        <button type="button" disabled={busy} onClick={() => void send(draftRef.current.answers, false)}>
          {t.questionnaire.saveLater}
        </button>
      </section>
      {!draft.resumeCode && <ResumeForm code={code} />}
    </RespondentLayout>
  );
}

function SavedView({
  resumeCode,
  resumeLink,
  onContinue,
}: {
  resumeCode: string;
  resumeLink: string;
  onContinue: () => void;
}) {
  const { t } = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t.questionnaire.savedTitle}
      </h1>
      <p>{t.questionnaire.savedText}</p>
      <div className="receipt card">
        <p className="receipt-label">{t.questionnaire.resumeCodeLabel}</p>
        <p className="receipt-code" data-testid="resume-code" dir="ltr">
          {resumeCode}
        </p>
        <p className="receipt-label">{t.questionnaire.resumeLinkLabel}</p>
        <p dir="ltr">
          <a href={resumeLink}>{resumeLink}</a>
        </p>
      </div>
      <button type="button" onClick={onContinue}>
        {t.questionnaire.continueNow}
      </button>
    </>
  );
}

export default function QuestionnairePage({ code }: { code: string }) {
  return (
    <LocaleProvider>
      <Questionnaire key={code} code={code} />
    </LocaleProvider>
  );
}
