import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { SurveyModel } from 'survey-core';
import { SendNotice, StatusInView } from './alert-message.tsx';
import { clearDraft, loadDraft, saveDraft } from './drafts.ts';
import { errorText } from './error-text.ts';
import { isPageLocale } from './i18n/index.ts';
import { ErrorView, Loading, RespondentLayout } from './layout.tsx';
import { LocaleProvider, useLocale } from './locale.tsx';
import { newSubmissionId, type PendingSend, useRetryWhenOnline } from './pending-send.ts';
import { ApiError, publicApi, type PublicLink } from './public-api.ts';
import { QuestionnaireIntro } from './questionnaire-intro.tsx';
import { type QuestionnaireNotice, refusal, sendFailure } from './questionnaire-messages.ts';
import { SavedView } from './saved-view.tsx';
import { localized } from './survey-texts.ts';
import { ThanksView } from './thanks-view.tsx';

// SurveyJS is most of the page's weight: it loads while the first screen is read, never before it shows.
const loadSurveyRunner = () => import('./survey-runner.tsx');
const SurveyRunner = lazy(() => loadSurveyRunner().then((m) => ({ default: m.SurveyRunner })));
const preloadSurveyRunner = () => void loadSurveyRunner();

/** What the browser keeps while someone fills in the questionnaire of one link, until the server has it. */
interface QuestionnaireDraft {
  answers: Record<string, unknown>;
  pageNo: number;
  schoolId?: number;
  resumeCode?: string;
  started?: boolean;
  pending?: PendingSend;
}

type Step =
  | { kind: 'intro' }
  | { kind: 'survey' }
  | { kind: 'saved'; resumeCode: string }
  | { kind: 'thanks'; receiptCode: string };
type Load = { kind: 'loading' } | { kind: 'failed'; title: string; text: string } | { kind: 'ready'; link: PublicLink };
type Sending = null | 'busy' | 'offline';

const draftKey = (code: string) => `vragenlijst.${code}`;
const emptyDraft = (): QuestionnaireDraft => ({ answers: {}, pageNo: 0 });

function Questionnaire({ code }: { code: string }) {
  const { t, locale, setLocale, setAudience } = useLocale();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [draft, setDraft] = useState<QuestionnaireDraft>(
    () => loadDraft<QuestionnaireDraft>(draftKey(code)) ?? emptyDraft(),
  );
  const [restored] = useState(() => Object.keys(draft.answers).length > 0);
  const [step, setStep] = useState<Step>({ kind: draft.started ? 'survey' : 'intro' });
  const [notice, setNotice] = useState<QuestionnaireNotice | null>(null);
  const [wiped, setWiped] = useState(false);
  const [sending, setSending] = useState<Sending>(null);
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
            started: true,
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
          setStep({ kind: 'survey' });
        } else if (!cancelled) {
          const unknown = resumed instanceof ApiError && resumed.status === 404;
          setNotice({
            text: unknown ? t.questionnaire.resumeUnknown : errorText(resumed, t),
            questions: [],
            retry: false,
          });
        }
      }
      try {
        const [link] = await Promise.all([publicApi.link(code), invitation ? publicApi.invitation(invitation) : null]);
        if (cancelled) return;
        setAudience(link.wave.audience);
        setLoad({ kind: 'ready', link });
      } catch (error) {
        if (!cancelled) setLoad({ kind: 'failed', ...refusal(error, t, invitation !== null) });
      }
    };
    void start();
    return () => {
      cancelled = true;
    };
    // Loads once per link (the page is keyed by code); a language switch must not reload it.
  }, [code]);

  const send = async (complete: boolean) => {
    if (load.kind !== 'ready') return;
    const current = draftRef.current;
    // A retry of the same send keeps its id, so the server stores it once however often it arrives.
    const pending =
      current.pending?.complete === complete ? current.pending : { submissionId: newSubmissionId(), complete };
    keep({ ...current, pending });
    setSending('busy');
    setNotice(null);
    try {
      const schoolId = load.link.school ? undefined : current.schoolId;
      const result = await publicApi.sendResponse({
        ...(current.resumeCode ? { resumeCode: current.resumeCode } : invitation ? { token: invitation } : { code }),
        ...(schoolId ? { schoolId } : {}),
        locale,
        role: load.link.wave.audience,
        answers: current.answers,
        complete,
        submissionId: pending.submissionId,
      });
      setSending(null);
      if (complete) {
        clearDraft(draftKey(code));
        setStep({ kind: 'thanks', receiptCode: result.receiptCode });
      } else if (result.resumeCode) {
        const { pending: _sent, ...rest } = draftRef.current;
        keep({ ...rest, resumeCode: result.resumeCode });
        setStep({ kind: 'saved', resumeCode: result.resumeCode });
      }
    } catch (error) {
      if (error instanceof ApiError && error.status === 0) {
        setSending('offline');
        return;
      }
      setSending(null);
      const { pending: _refused, ...rest } = draftRef.current;
      keep(rest);
      setNotice(sendFailure(error, t, modelRef.current));
    }
  };

  useRetryWhenOnline(sending === 'offline', () => {
    const pending = draftRef.current.pending;
    if (pending) void send(pending.complete);
  });

  // A "Versturen" a reload, crash or lost connection cut off is sent again as soon as the page is back.
  const resent = useRef(false);
  useEffect(() => {
    if (load.kind !== 'ready' || resent.current || !draftRef.current.pending?.complete) return;
    resent.current = true;
    void send(true);
  });

  // Browser Back from the first question returns to the first screen (Forward goes back in).
  useEffect(() => {
    const onPop = (event: PopStateEvent) => {
      const state = event.state as { questionnairePage?: number } | null;
      if (typeof state?.questionnairePage === 'number') setStep((s) => (s.kind === 'intro' ? { kind: 'survey' } : s));
      else setStep((s) => (s.kind === 'survey' ? { kind: 'intro' } : s));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const wipe = () => {
    clearDraft(draftKey(code));
    const fresh = emptyDraft();
    draftRef.current = fresh;
    setDraft(fresh);
    setNotice(null);
    setSending(null);
    setWiped(true);
    setStep({ kind: 'intro' });
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
  const surveyTitle = localized(link.survey.definition.title, locale) ?? link.wave.name;

  if (step.kind === 'thanks') {
    return (
      <RespondentLayout title={t.thanks.title}>
        <ThanksView
          receiptCode={step.receiptCode}
          storyHref={`/s/${encodeURIComponent(code)}/verhaal`}
          results={{ organisation: link.organisation.slug, schoolId: link.school?.id ?? draft.schoolId }}
        />
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

  const noticeView = notice && (
    <SendNotice
      notice={notice}
      retryText={t.questionnaire.retry}
      busy={sending !== null}
      onRetry={() => void send(true)}
    />
  );

  if (step.kind === 'intro') {
    return (
      <RespondentLayout title={surveyTitle}>
        {wiped && (
          <p className="notice" role="status">
            {t.questionnaire.wiped}
          </p>
        )}
        {noticeView}
        <QuestionnaireIntro
          link={link}
          code={code}
          schoolId={draft.schoolId}
          preload={preloadSurveyRunner}
          onStart={(schoolId) => {
            const next = { ...draftRef.current, started: true, ...(schoolId ? { schoolId } : {}) };
            keep(next);
            setDraft(next);
            setWiped(false);
            window.history.pushState({ questionnairePage: next.pageNo }, '');
            setStep({ kind: 'survey' });
          }}
        />
      </RespondentLayout>
    );
  }

  return (
    <RespondentLayout title={surveyTitle}>
      <h1 className="survey-title">{surveyTitle}</h1>
      <p className="muted">
        {link.school?.name ?? link.schools.find((s) => s.id === draft.schoolId)?.name ?? link.organisation.name}
      </p>
      {restored && (
        <p className="notice" role="status">
          {t.questionnaire.draftRestored}
        </p>
      )}
      {noticeView}
      {sending && (
        <StatusInView
          className={sending === 'offline' ? 'notice offline' : 'notice'}
          text={sending === 'offline' ? t.questionnaire.offlineWaiting : t.questionnaire.sending}
        />
      )}
      <Suspense fallback={<Loading />}>
        <SurveyRunner
          definition={link.survey.definition}
          surveyLocales={link.survey.locales}
          initial={{ answers: draft.answers, pageNo: draft.pageNo }}
          modelRef={modelRef}
          onProgress={(progress) => keep({ ...draftRef.current, ...progress })}
          onFinish={(answers) => {
            keep({ ...draftRef.current, answers });
            void send(true);
          }}
        />
      </Suspense>
      <section className="save-later" aria-labelledby="later-verder">
        <h2 id="later-verder">{t.questionnaire.saveLater}</h2>
        <p>{t.questionnaire.saveLaterHint}</p>
        <button type="button" disabled={sending !== null} onClick={() => void send(false)}>
          {t.questionnaire.saveLater}
        </button>
        <p>{t.questionnaire.wipeHint}</p>
        <button type="button" className="secondary" onClick={wipe}>
          {t.questionnaire.wipe}
        </button>
      </section>
    </RespondentLayout>
  );
}

export default function QuestionnairePage({ code }: { code: string }) {
  return (
    <LocaleProvider>
      <Questionnaire key={code} code={code} />
    </LocaleProvider>
  );
}
