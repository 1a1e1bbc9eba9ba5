import { type ReactNode, useEffect } from 'react';
import { LanguageSwitch, useLocale } from './locale.tsx';

/** The frame of every respondent page: skip link, language switch, the page, a way to delete what was sent. */
export function RespondentLayout({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useLocale();
  useEffect(() => {
    document.title = `${title} – Klankbord`;
  }, [title]);
  return (
    <div className="respondent">
      <a className="skip-link" href="#inhoud">
        {t.skipLink}
      </a>
      <header className="respondent-header">
        <span className="brand">Klankbord</span>
        <LanguageSwitch />
      </header>
      <main id="inhoud" className="page respondent-page" tabIndex={-1}>
        {children}
      </main>
      <footer className="respondent-footer">
        <a href="/verwijderen">{t.deleteLink}</a>
      </footer>
    </div>
  );
}

/** A message instead of the page: unknown link, closed questionnaire, no connection. */
export function ErrorView({ title, text, children }: { title: string; text: string; children?: ReactNode }) {
  return (
    <>
      <h1>{title}</h1>
      <p className="error" role="alert">
        {text}
      </p>
      {children}
    </>
  );
}

export function Loading() {
  const { t } = useLocale();
  return (
    <p role="status" aria-live="polite">
      {t.loading}
    </p>
  );
}
