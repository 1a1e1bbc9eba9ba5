import { type FormEvent, useState } from 'react';
import { useLocale } from './locale.tsx';
import type { PublicSchool } from './public-api.ts';

/** For an open link without a school: the respondent names the school first. */
export function SchoolPicker({ schools, onChoose }: { schools: PublicSchool[]; onChoose: (schoolId: number) => void }) {
  const { t } = useLocale();
  const [schoolId, setSchoolId] = useState('');
  const [error, setError] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!schoolId) return setError(true);
    onChoose(Number(schoolId));
  };
  return (
    <form className="form respondent-form" onSubmit={submit} noValidate>
      <label htmlFor="school">{t.questionnaire.schoolLabel}</label>
      <p id="school-hint" className="hint">
        {t.questionnaire.schoolHint}
      </p>
      {error && (
        <p id="school-error" className="error" role="alert">
          {t.questionnaire.schoolRequired}
        </p>
      )}
      <select
        id="school"
        value={schoolId}
        aria-describedby={error ? 'school-hint school-error' : 'school-hint'}
        aria-invalid={error}
        onChange={(e) => {
          setSchoolId(e.target.value);
          setError(false);
        }}
      >
        <option value="">{t.questionnaire.chooseSchool}</option>
        {schools.map((school) => (
          <option key={school.id} value={school.id}>
            {school.name}
          </option>
        ))}
      </select>
      <button type="submit">{t.questionnaire.start}</button>
    </form>
  );
}
