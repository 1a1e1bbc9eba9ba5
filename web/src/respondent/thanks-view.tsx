import { useEffect, useRef } from 'react';
import { useLocale } from './locale.tsx';

/**
 * Shown after sending, in place of the form (the receipt code never goes into the address bar or
 * history): the code large, what it is for, and an invitation to tell a story.
 */
export function ThanksView({ receiptCode, storyHref }: { receiptCode: string; storyHref?: string }) {
  const { t } = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
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
    </section>
  );
}
