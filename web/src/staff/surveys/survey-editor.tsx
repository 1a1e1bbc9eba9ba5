import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { type Api, api, ApiError, readJson, type ResultOf } from '../../lib/api.ts';
import { jsonSyntaxProblem } from './json-syntax.ts';

const SurveyPreview = lazy(() => import('./survey-preview.tsx'));

type Problem = ResultOf<Api['surveys']['validate']['$post']>['problems'][number];

type Parsed = { ok: true; definition: Record<string, unknown>; locales: string[] } | { ok: false; message: string };

function parseDefinition(text: string): Parsed {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { ok: false, message: 'De JSON moet een object zijn ({ … }).' };
    }
    const locales = new Set<string>(['nl']);
    JSON.stringify(value, (key, v: unknown) => {
      if (v && typeof v === 'object' && !Array.isArray(v) && 'default' in v) {
        for (const k of Object.keys(v)) if (/^[a-z]{2}$/.test(k)) locales.add(k);
      }
      return v;
    });
    return { ok: true, definition: value as Record<string, unknown>, locales: [...locales] };
  } catch {
    return { ok: false, message: jsonSyntaxProblem(text) ?? 'Dit is geen geldige JSON.' };
  }
}

/**
 * SurveyJS JSON in a text area (or from a file) with the server's validation messages and a live
 * preview beside it. `onSave` gets the parsed definition once the server finds no problems.
 */
export function SurveyEditor({
  initialText,
  saveLabel,
  onSave,
}: {
  initialText: string;
  saveLabel: string;
  onSave: (definition: Record<string, unknown>) => Promise<void>;
}) {
  const [text, setText] = useState(initialText);
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [previewLocale, setPreviewLocale] = useState('nl');
  const parsed = useMemo(() => parseDefinition(text), [text]);

  // Ask the server (which loads the definition with survey-core) a moment after typing stops.
  useEffect(() => {
    if (!parsed.ok) return setProblems(null);
    const timer = setTimeout(() => {
      readJson(api.surveys.validate.$post({ json: { definition: parsed.definition } }))
        .then((r) => setProblems(r.problems))
        .catch((e: unknown) =>
          setProblems([{ path: '', message: e instanceof ApiError ? e.message : 'Controle mislukt.' }]),
        );
    }, 400);
    return () => clearTimeout(timer);
  }, [parsed]);

  async function loadFile(file: File | undefined) {
    if (file) setText(await file.text());
  }

  const canSave = parsed.ok && problems !== null && problems.length === 0;
  return (
    <div className="survey-editor">
      <div>
        <label htmlFor="survey-json">SurveyJS-definitie (JSON)</label>
        <textarea
          id="survey-json"
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={24}
          spellCheck={false}
        />
        <label htmlFor="survey-file">Of kies een bestand</label>
        <input
          id="survey-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => void loadFile(e.target.files?.[0])}
        />
        <div aria-live="polite">
          {!parsed.ok && <p className="error">{parsed.message}</p>}
          {parsed.ok && problems === null && <p>Bezig met controleren…</p>}
          {problems && problems.length === 0 && <p className="notice">De server kan deze vragenlijst uitvoeren.</p>}
          {problems && problems.length > 0 && (
            <div className="error">
              <p>{problems.length === 1 ? 'Eén probleem' : `${problems.length} problemen`} gevonden:</p>
              <ul>
                {problems.map((p, i) => (
                  <li key={i}>
                    <code>{p.path || '(hele definitie)'}</code>: {p.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
        <button type="button" disabled={!canSave} onClick={() => parsed.ok && void onSave(parsed.definition)}>
          {saveLabel}
        </button>
      </div>
      <section aria-labelledby="preview-title" className="survey-preview">
        <h2 id="preview-title">Voorbeeld</h2>
        {parsed.ok && (
          <>
            <label htmlFor="preview-locale">Taal van het voorbeeld </label>
            <select id="preview-locale" value={previewLocale} onChange={(e) => setPreviewLocale(e.target.value)}>
              {parsed.locales.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
            <Suspense fallback={<p>Voorbeeld laden…</p>}>
              <SurveyPreview definition={parsed.definition} locale={previewLocale} />
            </Suspense>
          </>
        )}
      </section>
    </div>
  );
}
