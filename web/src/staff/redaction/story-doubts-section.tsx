import { useEffect, useState } from 'react';
import { type Api, api, ApiError, readJson, type ResultOf } from '../../lib/api.ts';
import { DoubtDecisions, MarkedText, type RedactedStory } from './doubts.tsx';

/**
 * The story preview before an export: stories the export may carry whose redacted text still holds words
 * the redactor doubted, each decided in one click (issue 19).
 */
/** A story of the export preview: as the redaction routes answer it, with the language its writer used. */
type PreviewStory = ResultOf<Api['exports']['doubts']['$get']>['stories'][number];

export function StoryDoubtsSection({ organisation }: { organisation: string }) {
  const [stories, setStories] = useState<PreviewStory[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!organisation) return;
    setStories(null);
    api.exports.doubts
      .$get({ query: { organisation } })
      .then((r) => readJson(r))
      .then((body) => setStories(body.stories))
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : 'De verhalen konden niet geladen worden.'));
  }, [organisation]);

  const replace = (story: RedactedStory) =>
    setStories((old) =>
      (old ?? []).flatMap((s) => (s.id !== story.id ? [s] : story.doubts.length > 0 ? [{ ...s, ...story }] : [])),
    );

  return (
    <section aria-labelledby="doubts-title" className="card">
      <h2 id="doubts-title">Verhalen nakijken op namen</h2>
      <p className="muted">
        Verhalen gaan weggelakt mee in een export. Hieronder staan verhalen waarin de computer twijfelt of een woord een
        naam is: beslis per woord.
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {stories === null && !error && <p>Bezig met laden…</p>}
      {stories?.length === 0 && <p className="notice">Geen twijfels: in de verhalen is niets meer te beslissen.</p>}
      {stories?.map((story) => (
        <article key={story.id} className="redaction-preview" data-story-id={story.id}>
          <h3 lang={story.title ? story.locale : undefined}>{story.title ?? `Verhaal ${story.id}`}</h3>
          {/* A story is shown in the language its writer used, marked so a screen reader reads it right. */}
          <div lang={story.locale}>
            <MarkedText text={story.text} doubts={story.doubts} />
          </div>
          <DoubtDecisions story={story} onDecided={replace} />
        </article>
      ))}
    </section>
  );
}
