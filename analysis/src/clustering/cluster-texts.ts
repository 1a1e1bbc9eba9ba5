import { documentVectors, type SparseVector } from './document-vectors.ts';
import { kMeans, type KMeansResult } from './k-means.ts';

/** One group of similar texts. */
export interface TextCluster {
  /** 1 for the largest cluster, 2 for the next…; stable for the same input and seed. */
  readonly id: number;
  /** Indices into the input texts, closest to the cluster centre first. */
  readonly members: number[];
  /** The words that weigh most in the cluster centre, strongest first. */
  readonly topTerms: string[];
  /** Indices of the (up to) three texts closest to the centre. */
  readonly examples: number[];
}

export interface ClusterOptions {
  /** Number of clusters; default √(n/2) between 2 and 8. */
  readonly k?: number;
  readonly seed?: number;
  readonly topTerms?: number;
  /** Texts must share a word with at least this many others for it to count (default 2). */
  readonly minDocumentFrequency?: number;
}

export type ClusterResult =
  | { readonly ok: true; readonly clusters: TextCluster[] }
  | { readonly ok: false; readonly reason: 'too_few' | 'no_terms'; readonly message: string };

export const MIN_TEXTS_TO_CLUSTER = 4;
const RESTARTS = 10;

// Sum of each text's cosine similarity to its own cluster centre: higher is tighter.
function cohesion(vectors: readonly SparseVector[], result: KMeansResult): number {
  let total = 0;
  for (const [i, v] of vectors.entries()) {
    const centroid = result.centroids[result.assignments[i] ?? 0];
    if (!centroid) continue;
    for (let j = 0; j < v.indices.length; j += 1) total += (v.values[j] ?? 0) * (centroid[v.indices[j] ?? 0] ?? 0);
  }
  return total;
}

/**
 * Groups Dutch texts by their words: TF-IDF of content-word stems and spherical k-means with
 * k-means++ seeding; deterministic for the same texts and seed.
 * @example clusterTexts(['Mijn kind wordt gepest', …]).clusters[0].topTerms // ['gepest', 'pesten', …]
 */
export function clusterTexts(texts: readonly string[], options: ClusterOptions = {}): ClusterResult {
  if (texts.length < MIN_TEXTS_TO_CLUSTER)
    return {
      ok: false,
      reason: 'too_few',
      message: `Clustering needs at least ${MIN_TEXTS_TO_CLUSTER} texts; got ${texts.length}.`,
    };
  const { terms, labels, vectors } = documentVectors(texts, options.minDocumentFrequency ?? 2);
  if (terms.length === 0)
    return { ok: false, reason: 'no_terms', message: 'The texts share no words, so there is nothing to group on.' };
  const k = Math.min(
    texts.length,
    Math.max(1, options.k ?? Math.min(8, Math.max(2, Math.round(Math.sqrt(texts.length / 2))))),
  );
  // Several seeded restarts, keeping the tightest (as scikit-learn's n_init): one unlucky seeding can
  // settle in a poor local optimum.
  const seed = options.seed ?? 20_261_123;
  let best = kMeans(vectors, k, terms.length, seed);
  for (let restart = 1; restart < RESTARTS; restart += 1) {
    const candidate = kMeans(vectors, k, terms.length, seed + restart * 7919);
    if (cohesion(vectors, candidate) > cohesion(vectors, best) + 1e-9) best = candidate;
  }
  const { assignments, centroids } = best;
  const clusters = centroids.flatMap((centroid, c) => {
    const similarity = (i: number) => {
      const v = vectors[i];
      if (!v) return 0;
      let sum = 0;
      for (let j = 0; j < v.indices.length; j += 1) sum += (v.values[j] ?? 0) * (centroid[v.indices[j] ?? 0] ?? 0);
      return sum;
    };
    const members = assignments
      .flatMap((a, i) => (a === c ? [{ i, s: similarity(i) }] : []))
      .sort((a, b) => b.s - a.s || a.i - b.i)
      .map((m) => m.i);
    if (members.length === 0) return [];
    const topTerms = Array.from(centroid, (weight, index) => ({ weight, index }))
      .filter((t) => t.weight > 0)
      .sort((a, b) => b.weight - a.weight || a.index - b.index)
      .slice(0, options.topTerms ?? 8)
      .map((t) => labels[t.index] ?? '');
    return [{ members, topTerms, examples: members.slice(0, 3) }];
  });
  clusters.sort((a, b) => b.members.length - a.members.length || Math.min(...a.members) - Math.min(...b.members));
  return { ok: true, clusters: clusters.map((cluster, position) => ({ id: position + 1, ...cluster })) };
}
