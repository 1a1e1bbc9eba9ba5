import { type FormEvent, useEffect, useRef, useState } from 'react';
import { clearDraft, loadDraft, saveDraft } from './drafts.ts';
import { errorText } from './error-text.ts';
import { ErrorView, Loading, RespondentLayout } from './layout.tsx';
import { LocaleProvider, useLocale } from './locale.tsx';
import { ApiError, publicApi, type PublicOrganisation, type PublicSchool } from './public-api.ts';
import { StoryForm } from './story-form.tsx';
import { emptyStory, type StoryErrors, type StoryFields, validateStory } from './story-validation.ts';
import { ThanksView } from './thanks-view.tsx';

/** Where a story comes from: a school's link (role and region known) or /vertel (the reader says). */
interface StoryContext {
  code?: string;
  role?: 'ouder' | 'jongere';
  organisations: PublicOrganisation[];
  fixedSchool: PublicSchool | null;
}

type Load =
  { kind: 'loading' } | { kind: 'failed'; title: string; text: string } | { kind: 'ready'; context: StoryContext };

function Story({ code }: { code?: string }) {
  const { t, locale } = useLocale();
  const key = `verhaal.${code ?? 'vertel'}`;
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [fields, setFields] = useState<StoryFields>(() => ({ ...emptyStory, ...loadDraft<StoryFields>(key) }));
  const [errors, setErrors] = useState<StoryErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [receiptCode, setReceiptCode] = useState<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let cancelled = false;
    const start = async () => {
      try {
        if (code) {
          const link = await publicApi.link(code);
          const organisation = { slug: link.organisation.slug, name: link.organisation.name, schools: link.schools };
          if (!cancelled)
            setLoad({
              kind: 'ready',
              context: { code, role: link.wave.audience, organisations: [organisation], fixedSchool: link.school },
            });
        } else {
          const organisations = await publicApi.organisations();
          if (!cancelled) setLoad({ kind: 'ready', context: { organisations, fixedSchool: null } });
          if (organisations.length === 1)
            setFields((f) => (f.organisation ? f : { ...f, organisation: organisations[0]!.slug }));
        }
      } catch (error) {
        if (cancelled) return;
        const status = error instanceof ApiError ? error.status : 0;
        if (status === 404) setLoad({ kind: 'failed', title: t.errors.unknownLinkTitle, text: t.errors.unknownLink });
        else if (status === 410) setLoad({ kind: 'failed', title: t.errors.closedTitle, text: t.errors.closed });
        else setLoad({ kind: 'failed', title: t.story.title, text: errorText(error, t) });
      }
    };
    void start();
    return () => {
      cancelled = true;
    };
    // Loads once per link (the page is keyed by code); a language switch must not reload it.
  }, [code]);

  const change = (next: StoryFields) => {
    setFields(next);
    saveDraft(key, next);
  };

  if (load.kind === 'loading') {
    return (
      <RespondentLayout title={t.story.title}>
        <Loading />
      </RespondentLayout>
    );
  }
  if (load.kind === 'failed') {
    return (
      <RespondentLayout title={load.title}>
        <ErrorView title={load.title} text={load.text}>
          {code && (
            <p>
              <a href="/vertel">{t.story.title}</a>
            </p>
          )}
        </ErrorView>
      </RespondentLayout>
    );
  }
  if (receiptCode) {
    return (
      <RespondentLayout title={t.thanks.title}>
        <ThanksView receiptCode={receiptCode} />
      </RespondentLayout>
    );
  }

  const { context } = load;
  const role = context.role ?? fields.role;
  const organisation = context.organisations.find((o) => o.slug === (context.code ? o.slug : fields.organisation));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateStory(fields, t, { role: !context.role, organisation: !context.code });
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setBusy(true);
    const school = context.fixedSchool ?? organisation?.schools.find((s) => String(s.id) === fields.schoolId);
    try {
      const result = await publicApi.sendStory({
        ...(context.code ? { code: context.code } : { organisation: fields.organisation }),
        role: role as 'ouder' | 'jongere',
        ...(school && !context.fixedSchool ? { schoolId: school.id } : {}),
        ...(school ? { sector: school.sector } : {}),
        // An empty title or 'what helped' is left out (JSON drops undefined).
        title: fields.title.trim() || undefined,
        text: fields.text.trim(),
        helped: fields.helped.trim() || undefined,
        themes: fields.themes,
        tone: fields.tone,
        kind: fields.kind,
        consentQuote: fields.consentQuote,
        consentResearch: fields.consentResearch,
        locale,
      });
      clearDraft(key);
      setReceiptCode(result.receiptCode);
    } catch (error) {
      if (error instanceof ApiError && error.status === 400 && error.details) {
        const fromServer: StoryErrors = {};
        for (const [field, messages] of Object.entries(error.details)) {
          if (field in emptyStory) fromServer[field as keyof StoryFields] = messages.join(' ');
        }
        setErrors(fromServer);
        requestAnimationFrame(() => summary.current?.focus());
      } else {
        setFailure(errorText(error, t));
        requestAnimationFrame(() => summary.current?.focus());
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <RespondentLayout title={t.story.title}>
      <h1>{t.story.title}</h1>
      <StoryForm
        fields={fields}
        errors={errors}
        onChange={change}
        onSubmit={submit}
        busy={busy}
        failure={failure}
        summaryRef={summary}
        askRole={!context.role}
        role={role}
        organisations={context.code ? null : context.organisations}
        schools={context.fixedSchool ? null : (organisation?.schools ?? [])}
      />
    </RespondentLayout>
  );
}

export default function StoryPage({ code }: { code?: string }) {
  return (
    <LocaleProvider>
      <Story key={code ?? ''} code={code} />
    </LocaleProvider>
  );
}
