import { type FormEvent, useState } from 'react';
import { useLocale } from './locale.tsx';

/** "Do you have a code to continue?": loads the page again with ?hervat=CODE, which restores the answers. */
export function ResumeForm({ code }: { code: string }) {
  const { t } = useLocale();
  const [resumeCode, setResumeCode] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!resumeCode.trim()) return;
    window.location.assign(`/s/${encodeURIComponent(code)}?hervat=${encodeURIComponent(resumeCode.trim())}`);
  };
  return (
    <details className="resume">
      <summary>{t.questionnaire.haveCode}</summary>
      <form className="form respondent-form" onSubmit={submit}>
        <label htmlFor="hervat-code">{t.questionnaire.resumeField}</label>
        <input
          id="hervat-code"
          dir="ltr"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          value={resumeCode}
          onChange={(e) => setResumeCode(e.target.value)}
        />
        <button type="submit">{t.questionnaire.resumeButton}</button>
      </form>
    </details>
  );
}
