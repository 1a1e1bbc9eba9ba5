import { type FormEvent, type ReactNode, type RefObject, useEffect } from 'react';
import { fill, kindCodes, themeCodes, toneCodes } from './i18n/index.ts';
import { useLocale } from './locale.tsx';
import type { PublicOrganisation, PublicSchool } from './public-api.ts';
import { ReadAloudButton } from './read-aloud.tsx';
import type { StoryErrors, StoryFields } from './story-validation.ts';
import { themeIcons, toneIcons } from './theme-icons.ts';

interface Props {
  fields: StoryFields;
  errors: StoryErrors;
  onChange: (fields: StoryFields) => void;
  onSubmit: (event: FormEvent) => void;
  busy: boolean;
  failure: string | null;
  summaryRef: RefObject<HTMLDivElement | null>;
  askRole: boolean;
  role: string;
  /** Null when the link fixes the region. */
  organisations: PublicOrganisation[] | null;
  /** Null when the link fixes the school. */
  schools: PublicSchool[] | null;
}

// The first control of each field, for the links in the error summary.
const firstControl: Record<keyof StoryFields, string> = {
  role: 'rol-ouder',
  organisation: 'regio',
  schoolId: 'school',
  title: 'titel',
  text: 'verhaal',
  tone: 'gevoel-positief',
  themes: 'onderwerp-ROL',
  kind: 'soort-ervaring',
  helped: 'geholpen',
  consentQuote: 'toestemming-verslag',
  consentResearch: 'toestemming-onderzoek',
};

function FieldError({ field, errors }: { field: keyof StoryFields; errors: StoryErrors }) {
  const message = errors[field];
  if (!message) return null;
  return (
    <p id={`${field}-fout`} className="field-error">
      {message}
    </p>
  );
}

function Choices({
  legend,
  field,
  errors,
  hint,
  children,
}: {
  legend: string;
  field: keyof StoryFields;
  errors: StoryErrors;
  hint?: string;
  children: ReactNode;
}) {
  const describedBy =
    [hint ? `${field}-hint` : '', errors[field] ? `${field}-fout` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={errors[field] ? 'choices invalid' : 'choices'} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${field}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldError field={field} errors={errors} />
      {children}
    </fieldset>
  );
}

export function StoryForm({
  fields,
  errors,
  onChange,
  onSubmit,
  busy,
  failure,
  summaryRef,
  askRole,
  role,
  organisations,
  schools,
}: Props) {
  const { t, setAudience } = useLocale();
  // "u" to a parent, "je" to a young person, from the moment the role is known.
  useEffect(() => {
    if (role === 'ouder' || role === 'jongere') setAudience(role);
  }, [role, setAudience]);
  const set = <K extends keyof StoryFields>(name: K, value: StoryFields[K]) => onChange({ ...fields, [name]: value });
  const described = (field: keyof StoryFields, hint?: string) =>
    [hint, errors[field] ? `${field}-fout` : ''].filter(Boolean).join(' ') || undefined;
  const errorList = Object.entries(errors) as [keyof StoryFields, string][];
  const toggleTheme = (code: string, checked: boolean) =>
    set(
      'themes',
      checked ? [...fields.themes.filter((c) => c !== code), code] : fields.themes.filter((c) => c !== code),
    );

  return (
    <form className="respondent-form story-form" onSubmit={onSubmit} noValidate>
      <p>{t.story.intro}</p>
      <p className="hint">{t.story.privacy}</p>
      <p className="hint">{t.story.draftKept}</p>

      {(errorList.length > 0 || failure) && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          {errorList.length > 0 ? (
            <>
              <p>{t.story.errorSummary}</p>
              <ul>
                {errorList.map(([field, message]) => (
                  <li key={field}>
                    <a href={`#${firstControl[field]}`}>{message}</a>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{failure}</p>
          )}
        </div>
      )}

      {askRole && (
        <Choices legend={t.story.roleLegend} field="role" errors={errors}>
          {(['ouder', 'jongere'] as const).map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name="rol"
                id={`rol-${value}`}
                value={value}
                checked={fields.role === value}
                onChange={() => set('role', value)}
              />
              {value === 'ouder' ? t.story.roleParent : t.story.roleYouth}
            </label>
          ))}
        </Choices>
      )}

      {organisations && (
        <div className="field">
          <label htmlFor="regio">{t.story.organisationLabel}</label>
          <FieldError field="organisation" errors={errors} />
          <select
            id="regio"
            value={fields.organisation}
            aria-invalid={!!errors.organisation}
            aria-describedby={described('organisation')}
            onChange={(e) => onChange({ ...fields, organisation: e.target.value, schoolId: '' })}
          >
            <option value="">{t.story.chooseOrganisation}</option>
            {organisations.map((o) => (
              <option key={o.slug} value={o.slug}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      )}

      {schools && schools.length > 0 && (
        <div className="field">
          <label htmlFor="school">
            {t.story.schoolLabel} <span className="optional">{t.story.optional}</span>
          </label>
          <select id="school" value={fields.schoolId} onChange={(e) => set('schoolId', e.target.value)}>
            <option value="">{t.story.schoolNone}</option>
            {schools.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      )}

      <div className="field">
        <label htmlFor="titel">
          {t.story.titleLabel} <span className="optional">{t.story.optional}</span>
        </label>
        <input id="titel" value={fields.title} maxLength={120} onChange={(e) => set('title', e.target.value)} />
      </div>

      <div className="field">
        <div className="label-row">
          <label htmlFor="verhaal">{t.story.textLabel}</label>
          <ReadAloudButton text={`${t.story.textLabel} ${t.story.intro} ${t.story.textHint}`} />
        </div>
        <p id="verhaal-hint" className="hint">
          {t.story.textHint}
        </p>
        <FieldError field="text" errors={errors} />
        <textarea
          id="verhaal"
          rows={8}
          value={fields.text}
          aria-invalid={!!errors.text}
          aria-describedby={described('text', 'verhaal-hint verhaal-teller')}
          onChange={(e) => set('text', e.target.value)}
        />
        <p id="verhaal-teller" className="hint" aria-live="off">
          {fill(t.story.charCount, { n: fields.text.trim().length })}
        </p>
      </div>

      <Choices legend={t.story.toneLegend} field="tone" errors={errors}>
        <div className="choice-row">
          {toneCodes.map((code) => (
            <label key={code} className="choice">
              <input
                type="radio"
                name="gevoel"
                id={`gevoel-${code}`}
                value={code}
                checked={fields.tone === code}
                onChange={() => set('tone', code)}
              />
              <span aria-hidden="true" className="icon">
                {toneIcons[code]}
              </span>
              {t.tones[code]}
            </label>
          ))}
        </div>
      </Choices>

      <Choices legend={t.story.themesLegend} field="themes" errors={errors} hint={t.story.themesHint}>
        <div className="theme-grid">
          {themeCodes.map((code) => (
            <label key={code} className="choice">
              <input
                type="checkbox"
                id={`onderwerp-${code}`}
                value={code}
                checked={fields.themes.includes(code)}
                onChange={(e) => toggleTheme(code, e.target.checked)}
              />
              <span aria-hidden="true" className="icon">
                {themeIcons[code]}
              </span>
              {t.themes[code]}
            </label>
          ))}
        </div>
      </Choices>

      <Choices legend={t.story.kindLegend} field="kind" errors={errors}>
        {kindCodes.map((code) => (
          <label key={code} className="choice">
            <input
              type="radio"
              name="soort"
              id={`soort-${code}`}
              value={code}
              checked={fields.kind === code}
              onChange={() => set('kind', code)}
            />
            {t.kinds[code]}
          </label>
        ))}
      </Choices>

      <div className="field">
        <label htmlFor="geholpen">
          {t.story.helpedLabel} <span className="optional">{t.story.optional}</span>
        </label>
        <p id="geholpen-hint" className="hint">
          {t.story.helpedHint}
        </p>
        <textarea
          id="geholpen"
          rows={4}
          value={fields.helped}
          aria-describedby="geholpen-hint"
          onChange={(e) => set('helped', e.target.value)}
        />
      </div>

      <fieldset className="choices consent">
        <legend>{t.story.consentLegend}</legend>
        {role === 'jongere' && <p className="hint">{t.story.consentYouth}</p>}
        <label className="choice">
          <input
            type="checkbox"
            id="toestemming-verslag"
            checked={fields.consentQuote}
            aria-describedby="toestemming-verslag-hint"
            onChange={(e) => set('consentQuote', e.target.checked)}
          />
          {t.story.consentQuote}
        </label>
        <p id="toestemming-verslag-hint" className="hint indent">
          {t.story.consentQuoteHint}
        </p>
        <label className="choice">
          <input
            type="checkbox"
            id="toestemming-onderzoek"
            checked={fields.consentResearch}
            aria-describedby="toestemming-onderzoek-hint"
            onChange={(e) => set('consentResearch', e.target.checked)}
          />
          {t.story.consentResearch}
        </label>
        <p id="toestemming-onderzoek-hint" className="hint indent">
          {t.story.consentResearchHint}
        </p>
        <p className="hint">{t.story.consentNo}</p>
      </fieldset>

      <button type="submit" disabled={busy}>
        {busy ? t.story.sending : t.story.submit}
      </button>
      {failure && errorList.length > 0 && <p className="error">{failure}</p>}
    </form>
  );
}
