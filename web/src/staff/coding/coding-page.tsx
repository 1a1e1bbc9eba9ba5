import { useCallback, useEffect, useRef, useState } from 'react';
import { formatNumber } from '../../lib/format.ts';
import { sectorName } from '../../lib/labels.ts';
import { type Api, api, ApiError, readJson, type ResultOf } from '../../lib/api.ts';
import { StaffLayout } from '../staff-layout.tsx';
import { CodingNav } from './coding-nav.tsx';
import { DoubtDecisions, MarkedText } from '../redaction/doubts.tsx';
import { useCodingOrganisations } from './use-coding-organisation.ts';

type Quote = 'approved' | 'rejected' | undefined;
/** The next story to code with the codebook's themes; no answer (204) when the queue is empty. */
type NextStory = NonNullable<ResultOf<Api['coding']['next']['$get']>>;

/** Keys that toggle themes, in codebook order: digits first, then letters that no action uses. */
const themeKeys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', 'z', 'x', 'c', 'v', 'b', 'n', 'm', 'w', 'e', 't'];

const shortcuts: [string, string][] = [
  ['1–9, 0, z, x, c…', 'thema aan- of uitzetten (de toets staat bij elk thema)'],
  ['A', 'alle voorstellen van de computer overnemen'],
  ['Q', 'citaat goedkeuren (alleen met toestemming van de inzender)'],
  ['R', 'citaat afwijzen'],
  ['Enter', 'opslaan en volgend verhaal'],
  ['?', 'deze lijst tonen of verbergen'],
];

/** The coding queue: one story at a time, redacted, with the machine's suggestions; every action has a key. */
export function CodingPage() {
  const organisations = useCodingOrganisations();
  const [organisation, setOrganisation] = useState('');
  const slug = organisation || organisations[0]?.slug || '';
  const [current, setCurrent] = useState<NextStory | null | undefined>(undefined);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [quote, setQuote] = useState<Quote>(undefined);
  const [showHelp, setShowHelp] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const load = useCallback(async () => {
    if (!slug) return;
    const next = await readJson(api.coding.next.$get({ query: { organisation: slug } }));
    setCurrent(next ?? null);
    setSelected(new Set());
    setQuote(undefined);
  }, [slug]);
  useEffect(() => {
    load().catch(() => setError('Het volgende verhaal kon niet geladen worden.'));
  }, [load]);
  // After a redaction decision the same open story comes back redacted anew; chosen themes stay.
  const refresh = useCallback(async () => {
    const next = await readJson(api.coding.next.$get({ query: { organisation: slug } }));
    setCurrent(next ?? null);
    setAnnouncement('Beslissing opgeslagen, tekst bijgewerkt');
  }, [slug]);
  // After each save the next story's heading takes focus, so a screen reader reads it and keys keep working.
  useEffect(() => {
    if (current) heading.current?.focus();
  }, [current]);

  const toggle = (code: string) =>
    setSelected((old) => {
      const next = new Set(old);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      return next;
    });

  const save = useCallback(async () => {
    if (!current || saving) return;
    setSaving(true);
    setError(null);
    try {
      await readJson(
        await api.coding.stories[':id'].$post({
          param: { id: String(current.story.id) },
          json: quote ? { themes: [...selected], quote } : { themes: [...selected] },
        }),
      );
      setAnnouncement('');
      await load();
      setAnnouncement('Opgeslagen, volgende verhaal');
    } catch (e) {
      setError(e instanceof ApiError ? `Niet opgeslagen: ${e.message}` : 'Niet opgeslagen.');
    } finally {
      setSaving(false);
    }
  }, [current, saving, quote, selected, load]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!current || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (
        target &&
        (target.tagName === 'SELECT' ||
          (target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'checkbox'))
      )
        return;
      const key = event.key.toLowerCase();
      // Enter on a focused button presses that button (a redaction decision), not "save".
      if (key === 'enter' && target?.tagName === 'BUTTON') return;
      const index = themeKeys.indexOf(key);
      const suggestions = current.story.suggestions;
      let handled = true;
      if (index >= 0 && index < current.themes.length) toggle(current.themes[index]!.code);
      else if (key === 'a' && suggestions.ok)
        setSelected((old) => new Set([...old, ...suggestions.themes.map((s) => s.code)]));
      else if (key === 'q' && current.story.consentQuote) setQuote((q) => (q === 'approved' ? undefined : 'approved'));
      else if (key === 'r') setQuote((q) => (q === 'rejected' ? undefined : 'rejected'));
      else if (key === '?') setShowHelp((s) => !s);
      else if (key === 'enter') void save();
      else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current, save]);

  const story = current?.story;
  const suggestions = story?.suggestions;
  const suggested = new Map(suggestions?.ok ? suggestions.themes.map((s) => [s.code, s]) : []);
  return (
    <StaffLayout title="Verhalen coderen">
      <CodingNav />
      {organisations.length > 1 && (
        <p>
          <label>
            Organisatie{' '}
            <select value={slug} onChange={(e) => setOrganisation(e.target.value)}>
              {organisations.map((o) => (
                <option key={o.slug} value={o.slug}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
        </p>
      )}
      <p role="status" aria-live="polite">
        {announcement}
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {current === null && <p className="notice">Alle verhalen zijn gecodeerd. Er staat niets meer in je rij.</p>}
      {current === undefined && !error && <p>Bezig met laden…</p>}
      {story && current && (
        <div className="coding-layout">
          <section aria-labelledby="coding-story-heading" className="coding-story" data-story-id={story.id}>
            <h2 id="coding-story-heading" ref={heading} tabIndex={-1} lang={story.title ? story.locale : undefined}>
              {story.title ?? `Verhaal ${story.id}`}
            </h2>
            <p className="muted">
              {story.role === 'ouder' ? 'Ouder' : 'Jongere'}
              {story.sector ? ` · ${sectorName(story.sector)}` : ''} · nog {current.remaining} in de rij
              {story.doubleCoded ? ' · wordt door twee codeurs gecodeerd' : ''}
            </p>
            <div lang={story.locale}>
              <MarkedText
                text={story.text}
                doubts={story.doubts}
                marks={[...suggested.values()].flatMap((s) => s.evidence)}
              />
            </div>
            <DoubtDecisions
              story={story}
              onDecided={() => void refresh().catch(() => setError('Het verhaal kon niet opnieuw geladen worden.'))}
            />
            <p>
              <strong>Eigen thema’s van de inzender:</strong>{' '}
              {story.selfThemes.map((t) => `${t.label} (${t.code})`).join(', ') || 'geen'}
            </p>
            {suggestions && !suggestions.ok && <p className="notice">{suggestions.message}</p>}
          </section>
          <section aria-labelledby="coding-themes-heading" className="coding-themes">
            <h2 id="coding-themes-heading">Thema’s</h2>
            <ul className="coding-theme-list">
              {current.themes.map((theme, i) => {
                const s = suggested.get(theme.code);
                return (
                  <li key={theme.code} className={s ? 'suggested' : undefined}>
                    <label>
                      <input type="checkbox" checked={selected.has(theme.code)} onChange={() => toggle(theme.code)} />{' '}
                      <kbd>{themeKeys[i]?.toUpperCase()}</kbd> {theme.label} ({theme.code})
                      {s && <span className="suggestion"> voorstel computer, score {formatNumber(s.score, 2)}</span>}
                    </label>
                  </li>
                );
              })}
            </ul>
            <p className="coding-actions">
              <button
                type="button"
                onClick={() =>
                  suggestions?.ok && setSelected((old) => new Set([...old, ...suggestions.themes.map((s) => s.code)]))
                }
              >
                Voorstellen overnemen <kbd>A</kbd>
              </button>
              <button
                type="button"
                aria-pressed={quote === 'approved'}
                disabled={!story.consentQuote}
                onClick={() => setQuote((q) => (q === 'approved' ? undefined : 'approved'))}
              >
                Citaat goedkeuren <kbd>Q</kbd>
              </button>
              <button
                type="button"
                aria-pressed={quote === 'rejected'}
                onClick={() => setQuote((q) => (q === 'rejected' ? undefined : 'rejected'))}
              >
                Citaat afwijzen <kbd>R</kbd>
              </button>
              <button type="button" className="primary" onClick={() => void save()} disabled={saving}>
                Opslaan en volgende <kbd>Enter</kbd>
              </button>
            </p>
            {!story.consentQuote && <p className="muted">De inzender gaf geen toestemming om te citeren.</p>}
            <button
              type="button"
              className="link-button"
              aria-expanded={showHelp}
              onClick={() => setShowHelp((s) => !s)}
            >
              Sneltoetsen <kbd>?</kbd>
            </button>
            {showHelp && (
              <dl className="coding-shortcuts">
                {shortcuts.map(([key, what]) => (
                  <div key={key}>
                    <dt>
                      <kbd>{key}</kbd>
                    </dt>
                    <dd>{what}</dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        </div>
      )}
    </StaffLayout>
  );
}
