import { type FormEvent, useEffect, useState } from 'react';
import { type Api, api, ApiError, readJson, type ResultOf } from '../../lib/api.ts';
import { StaffLayout } from '../staff-layout.tsx';
import { CodingNav } from './coding-nav.tsx';
import { useCodingOrganisations } from './use-coding-organisation.ts';

type Discovery = ResultOf<Api['discovery']['clusters']['$get']>;

/** Groups of stories that fit no theme well; a researcher can turn one into a theme of a new codebook version. */
export function DiscoveryPage() {
  const organisations = useCodingOrganisations();
  const slug = organisations[0]?.slug ?? '';
  const [found, setFound] = useState<Discovery | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'notice'; text: string } | null>(null);
  useEffect(() => {
    if (!slug) return;
    api.discovery.clusters
      .$get({ query: { organisation: slug } })
      .then((r) => readJson(r))
      .then(setFound)
      .catch(() => setMessage({ kind: 'error', text: 'De clusters konden niet geladen worden.' }));
  }, [slug]);

  async function makeTheme(event: FormEvent<HTMLFormElement>, clusterId: number) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    try {
      const created = await readJson(
        await api.discovery.clusters[':id'].theme.$post({
          param: { id: String(clusterId) },
          json: { organisation: slug, code: String(form.get('code')).toUpperCase(), label: String(form.get('label')) },
        }),
      );
      setMessage({
        kind: 'notice',
        text: `Nieuwe codeboekversie ${created.codebook.version} gemaakt (nog niet actief).`,
      });
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof ApiError ? `Niet gemaakt: ${e.message}` : 'Niet gemaakt.' });
    }
  }

  return (
    <StaffLayout title="Nieuwe thema’s ontdekken">
      <CodingNav />
      <p role="status" aria-live="polite">
        {message?.kind === 'notice' ? message.text : ''}
      </p>
      {message?.kind === 'error' && (
        <p className="error" role="alert">
          {message.text}
        </p>
      )}
      {!found && !message && <p>Bezig met laden…</p>}
      {found && (
        <>
          <p>
            Van de {found.consideredStories} recentste verhalen passen er {found.poorlyFittingStories} bij geen enkel
            thema goed (beste score van de computer onder {found.poorFitScore}, of codeurs gaven geen thema). Ze zijn
            gegroepeerd met TF-IDF en k-means.
          </p>
          {found.message && <p className="notice">{found.message}</p>}
          {found.modelMessage && <p className="notice">{found.modelMessage}</p>}
          {found.clusters.map((cluster) => (
            <section key={cluster.id} aria-labelledby={`cluster-${cluster.id}`} className="cluster">
              <h2 id={`cluster-${cluster.id}`}>
                Groep {cluster.id}: {cluster.topTerms.slice(0, 4).join(', ')} ({cluster.size} verhalen)
              </h2>
              <p>Belangrijkste woorden: {cluster.topTerms.join(', ')}</p>
              <ul>
                {cluster.examples.map((e) => (
                  <li key={e.id}>
                    <strong>{e.title ?? `Verhaal ${e.id}`}</strong>: {e.text}
                  </li>
                ))}
              </ul>
              <form onSubmit={(event) => void makeTheme(event, cluster.id)} className="inline-form">
                <label>
                  Code <input name="code" required pattern="[A-Za-z]{2,8}" size={8} />
                </label>{' '}
                <label>
                  Naam <input name="label" required minLength={2} maxLength={120} />
                </label>{' '}
                <button type="submit">Maak hier een thema van</button>
              </form>
            </section>
          ))}
        </>
      )}
    </StaffLayout>
  );
}
