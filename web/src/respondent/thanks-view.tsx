import { useEffect, useRef, useState } from 'react';
import { useLocale } from './locale.tsx';
import { resultsApi } from './public-api.ts';

/**
 * Shown after sending, in place of the form (the receipt code never goes into the address bar or
 * history): the code large, what it is for, and an invitation to tell a story.
 */
export function ThanksView({
  receiptCode,
  storyHref,
  results,
}: {
  receiptCode: string;
  storyHref?: string;
  /** Whose latest published results page to point to ("jullie zeiden, wij deden"), when there is one. */
  results?: { organisation: string; schoolId?: number | undefined };
}) {
  const { t } = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const [resultsHref, setResultsHref] = useState<string | null>(null);
  const organisation = results?.organisation;
  const schoolId = results?.schoolId;
  useEffect(() => {
    if (!organisation) return;
    // No page published yet (404) or no connection: the thank-you page simply has no link.
    resultsApi.latest(organisation, schoolId).then(
      (link) => setResultsHref(link.href),
      () => setResultsHref(null),
    );
  }, [organisation, schoolId]);
  return (
    <section className="thanks" aria-labelledby="bedankt-titel">
      <h1 id="bedankt-titel" ref={heading} tabIndex={-1}>
        {t.thanks.title}
      </h1>
      <p>{t.thanks.received}</p>
      <div className="receipt card">
        <p id="bewijscode-label" className="receipt-label">
          {t.thanks.receiptLabel}
        </p>
        <p className="receipt-code" aria-labelledby="bewijscode-label" data-testid="receipt-code" dir="ltr">
          {receiptCode}
        </p>
        <p>{t.thanks.receiptExplain}</p>
        <p>{t.thanks.receiptKeep}</p>
        <p>
          {t.thanks.deleteHow} <a href="/verwijderen">{t.deleteLink}</a>
        </p>
      </div>
      {storyHref && (
        <p className="story-invite">
          {t.thanks.storyInvite}{' '}
          <a className="button-link" href={storyHref}>
            {t.thanks.storyLink}
          </a>
        </p>
      )}
      {resultsHref && (
        <p className="results-invite">
          {t.thanks.resultsInvite} <a href={resultsHref}>{t.thanks.resultsLink}</a>
        </p>
      )}
    </section>
  );
}
