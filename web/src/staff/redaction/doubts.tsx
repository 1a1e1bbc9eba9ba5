import { useState } from 'react';
import { formatPercent } from '../../lib/format.ts';
import { type Api, api, ApiError, readJson, type ResultOf } from '../../lib/api.ts';

/** A story as the redaction routes answer it: its redacted text and the words the redactor doubted (issue 19). */
export type RedactedStory = ResultOf<Api['coding']['stories'][':id']['redaction']['$post']>;
/** A word the redactor left in the text but doubted, with its place in the redacted text. */
export type Doubt = RedactedStory['doubts'][number];

/** The redacted text with the redactor's doubts highlighted, and other marks (evidence) as plain marks. */
export function MarkedText({
  text,
  doubts,
  marks = [],
}: {
  text: string;
  doubts: Doubt[];
  marks?: { start: number; end: number }[];
}) {
  const spans = [
    ...doubts.map((d) => ({ start: d.start, end: d.end, doubt: true })),
    ...marks.map((m) => ({ start: m.start, end: m.end, doubt: false })),
  ].sort((a, b) => a.start - b.start || Number(b.doubt) - Number(a.doubt) || b.end - a.end);
  const parts: { text: string; kind: 'plain' | 'mark' | 'doubt' }[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    if (span.start > at) parts.push({ text: text.slice(at, span.start), kind: 'plain' });
    parts.push({ text: text.slice(span.start, span.end), kind: span.doubt ? 'doubt' : 'mark' });
    at = span.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), kind: 'plain' });
  return (
    <p className="coding-story-text">
      {parts.map((part, i) =>
        part.kind === 'plain' ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === 'doubt' ? (
          <mark key={i} className="redaction-doubt" title="Misschien een naam: beslis hieronder">
            {part.text}
          </mark>
        ) : (
          <mark key={i}>{part.text}</mark>
        ),
      )}
    </p>
  );
}

/**
 * One line per doubted word: redact it in this story, or keep it. One click each; the story comes back
 * redacted anew and `onDecided` receives it.
 */
export function DoubtDecisions({
  story,
  onDecided,
}: {
  story: RedactedStory;
  onDecided: (story: RedactedStory) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const words = [...new Map(story.doubts.map((d) => [d.text, d])).values()];
  if (words.length === 0) return null;
  const decide = async (phrase: string, decision: 'redact' | 'keep') => {
    setBusy(true);
    setError(null);
    try {
      onDecided(
        await readJson(
          api.coding.stories[':id'].redaction.$post({ param: { id: String(story.id) }, json: { phrase, decision } }),
        ),
      );
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Opslaan lukte niet.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="redaction-doubts" aria-label="Twijfel bij weglakken">
      <p>
        <strong>Misschien nog een naam in de tekst.</strong> Lak weg of laat staan:
      </p>
      <ul>
        {words.map((doubt) => (
          <li key={doubt.text}>
            <mark className="redaction-doubt" lang={story.locale}>
              {doubt.text}
            </mark>{' '}
            <span className="muted">(zekerheid {formatPercent(doubt.confidence)})</span>{' '}
            <button
              type="button"
              disabled={busy}
              aria-label={`Weglakken: ${doubt.text}`}
              onClick={() => void decide(doubt.text, 'redact')}
            >
              Weglakken
            </button>{' '}
            <button
              type="button"
              disabled={busy}
              aria-label={`Laten staan: ${doubt.text}`}
              onClick={() => void decide(doubt.text, 'keep')}
            >
              Laten staan
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
