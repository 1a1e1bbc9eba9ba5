// Discovery of new threads in stories: TF-IDF vectors and seeded k-means. Pure: no I/O.
export { clusterTexts, MIN_TEXTS_TO_CLUSTER } from './cluster-texts.ts';
export type { ClusterOptions, ClusterResult, TextCluster } from './cluster-texts.ts';
export { documentVectors } from './document-vectors.ts';
export type { DocumentVectors, SparseVector } from './document-vectors.ts';
export { kMeans } from './k-means.ts';
export type { KMeansResult } from './k-means.ts';
export { seededRandom } from './seeded-random.ts';
