import { useEffect, useRef } from 'react';
import { useLocale } from './locale.tsx';

/** After "Later verder": the resume code and link, and a way back into the questionnaire. */
export function SavedView({
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
