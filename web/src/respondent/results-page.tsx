import { useEffect, useState } from 'react';
import { errorText } from './error-text.ts';
import { ErrorView, Loading, RespondentLayout } from './layout.tsx';
import { LocaleProvider, useLocale } from './locale.tsx';
import { ApiError, type PublishedResults, resultsApi } from './public-api.ts';
import { ResultsView } from './results-view.tsx';

type Load =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'ready'; page: PublishedResults };

function Results({ organisation, year, school }: { organisation: string; year: string; school?: string | undefined }) {
  const { t, locale } = useLocale();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  useEffect(() => {
    setLoad({ kind: 'loading' });
    resultsApi.page(organisation, year, school).then(
      (page) => setLoad({ kind: 'ready', page }),
      (error: unknown) =>
        setLoad(
          error instanceof ApiError && (error.status === 404 || error.status === 400)
            ? { kind: 'missing' }
            : { kind: 'failed', error },
        ),
    );
  }, [organisation, year, school]);

  if (load.kind === 'loading')
    return (
      <RespondentLayout title={t.results.title}>
        <Loading />
      </RespondentLayout>
    );
  if (load.kind !== 'ready') {
    const title = load.kind === 'missing' ? t.results.notFoundTitle : t.results.title;
    return (
      <RespondentLayout title={title}>
        <ErrorView title={title} text={load.kind === 'missing' ? t.results.notFound : errorText(load.error, t)} />
      </RespondentLayout>
    );
  }
  const { page } = load;
  return (
    <RespondentLayout title={`${t.results.title} – ${page.school?.name ?? page.results.organisation.name}`}>
      <ResultsView results={page.results} school={page.school} t={t} locale={locale} publishedAt={page.publishedAt} />
    </RespondentLayout>
  );
}

/** /resultaten/:organisation/:year(/:brin): the published results page, no login, in the reader's language. */
export default function ResultsPage(props: { organisation: string; year: string; school?: string | undefined }) {
  return (
    <LocaleProvider>
      <Results {...props} />
    </LocaleProvider>
  );
}
