import { useCallback, useEffect, useState } from 'react';
import { type Api, api, ApiError, readJson, type ResultOf } from '../../lib/api.ts';
import { StaffLayout } from '../staff-layout.tsx';
import { CodingNav } from './coding-nav.tsx';
import { StoryText } from './story-text.tsx';
import { useCodingOrganisations } from './use-coding-organisation.ts';

type ConsensusQueue = ResultOf<Api['coding']['consensus']['$get']>;

/** Stories two coders coded differently: both codings side by side, and the consensus decided together. */
export function ConsensusPage() {
  const organisations = useCodingOrganisations();
  const slug = organisations[0]?.slug ?? '';
  const [queue, setQueue] = useState<ConsensusQueue | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<{ kind: 'error' | 'notice'; text: string } | null>(null);

  const load = useCallback(async () => {
    if (!slug) return;
    const next = await readJson(api.coding.consensus.$get({ query: { organisation: slug } }));
    setQueue(next);
    const first = next.stories[0];
    // Start from what both coders gave: only the differences need a decision.
    const [a, b] = first?.coders ?? [];
    setChosen(new Set((a?.themes ?? []).filter((code) => b?.themes.includes(code))));
  }, [slug]);
  useEffect(() => {
    load().catch(() => setMessage({ kind: 'error', text: 'De consensuslijst kon niet geladen worden.' }));
  }, [load]);

  const story = queue?.stories[0];
  async function decide() {
    if (!story) return;
    try {
      await readJson(
        await api.coding.consensus[':id'].$post({ param: { id: String(story.id) }, json: { themes: [...chosen] } }),
      );
      await load();
      setMessage({ kind: 'notice', text: 'Consensus opgeslagen.' });
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof ApiError ? `Niet opgeslagen: ${e.message}` : 'Niet opgeslagen.' });
    }
  }
  // A coder's themes by their words, with the code coders know them by.
  const themeName = (code: string) => {
    const theme = queue?.themes.find((t) => t.code === code);
    return theme ? `${theme.label} (${code})` : code;
  };
  return (
    <StaffLayout title="Consensus">
      <CodingNav />
      <p role="status" aria-live="polite">
        {message?.kind === 'notice' ? message.text : ''}
      </p>
      {message?.kind === 'error' && (
        <p className="error" role="alert">
          {message.text}
        </p>
      )}
      {queue && !story && <p className="notice">Er wachten geen verhalen op consensus.</p>}
      {story && queue && (
        <div className="coding-layout">
          <section aria-labelledby="consensus-story" className="coding-story">
            <h2 id="consensus-story" lang={story.title ? story.locale : undefined}>
              {story.title ?? `Verhaal ${story.id}`}
            </h2>
            <p className="muted">Nog {queue.stories.length} verhalen wachten op consensus.</p>
            {/* The story in the language its writer used, marked so a screen reader reads it right. */}
            <div lang={story.locale}>
              <StoryText
                text={story.text}
                spans={story.suggestions.ok ? story.suggestions.themes.flatMap((s) => s.evidence) : []}
              />
            </div>
            <p>
              <strong>Eigen thema’s van de inzender:</strong>{' '}
              {story.selfThemes.map((t) => `${t.label} (${t.code})`).join(', ') || 'geen'}
            </p>
            <ul>
              {story.coders.map((c) => (
                <li key={c.name}>
                  {c.name}: {c.themes.map(themeName).join(', ') || 'geen thema'}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="consensus-themes" className="coding-themes">
            <h2 id="consensus-themes">Besluit</h2>
            <fieldset>
              <legend>Thema’s na overleg</legend>
              {queue.themes.map((theme) => (
                <label key={theme.code} className="block">
                  <input
                    type="checkbox"
                    checked={chosen.has(theme.code)}
                    onChange={() =>
                      setChosen((old) => {
                        const next = new Set(old);
                        if (next.has(theme.code)) next.delete(theme.code);
                        else next.add(theme.code);
                        return next;
                      })
                    }
                  />{' '}
                  {theme.label} ({theme.code})
                </label>
              ))}
            </fieldset>
            <button type="button" className="primary" onClick={() => void decide()}>
              Consensus opslaan
            </button>
          </section>
        </div>
      )}
    </StaffLayout>
  );
}
