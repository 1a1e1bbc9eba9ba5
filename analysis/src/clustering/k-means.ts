import type { SparseVector } from './document-vectors.ts';
import { seededRandom } from './seeded-random.ts';

export interface KMeansResult {
  /** The cluster of each vector, 0..k-1. */
  readonly assignments: number[];
  /** Unit-length cluster centres (dense). */
  readonly centroids: Float64Array[];
  readonly iterations: number;
}

function dot(vector: SparseVector, centroid: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < vector.indices.length; i += 1)
    sum += (vector.values[i] ?? 0) * (centroid[vector.indices[i] ?? 0] ?? 0);
  return sum;
}

function toDense(vector: SparseVector, dimensions: number): Float64Array {
  const dense = new Float64Array(dimensions);
  for (let i = 0; i < vector.indices.length; i += 1) dense[vector.indices[i] ?? 0] = vector.values[i] ?? 0;
  return dense;
}

// k-means++ (Arthur & Vassilvitskii 2007): each next seed is drawn with probability proportional to
// its squared distance to the nearest seed so far; for unit vectors that distance is 2 − 2·cos.
function seedCentroids(vectors: readonly SparseVector[], k: number, dimensions: number, random: () => number) {
  const first = Math.floor(random() * vectors.length);
  const centroids = [toDense(vectors[first] as SparseVector, dimensions)];
  const nearest = vectors.map((v) => Math.max(0, 2 - 2 * dot(v, centroids[0] as Float64Array)));
  while (centroids.length < k) {
    const total = nearest.reduce((a, b) => a + b, 0);
    let pick = 0;
    if (total > 0) {
      let target = random() * total;
      for (; pick < nearest.length - 1; pick += 1) {
        target -= nearest[pick] ?? 0;
        if (target < 0) break;
      }
    } else pick = centroids.length % vectors.length;
    const centroid = toDense(vectors[pick] as SparseVector, dimensions);
    centroids.push(centroid);
    for (const [i, v] of vectors.entries())
      nearest[i] = Math.min(nearest[i] ?? 0, Math.max(0, 2 - 2 * dot(v, centroid)));
  }
  return centroids;
}

/**
 * Spherical k-means (cosine similarity) on unit-length sparse vectors with k-means++ seeding from a
 * seeded PRNG, so the same input and seed always give the same clusters.
 * @example kMeans(vectors, 3, 7, 2026).assignments // [0, 0, 2, 1, …]
 */
export function kMeans(
  vectors: readonly SparseVector[],
  k: number,
  dimensions: number,
  seed: number,
  maxIterations = 100,
): KMeansResult {
  const random = seededRandom(seed);
  let centroids = seedCentroids(vectors, k, dimensions, random);
  let assignments = vectors.map(() => -1);
  let iterations = 0;
  for (; iterations < maxIterations; iterations += 1) {
    const next = vectors.map((v) => {
      let best = 0;
      let bestSimilarity = -Infinity;
      for (const [c, centroid] of centroids.entries()) {
        const similarity = dot(v, centroid);
        // Ties go to the lower cluster number, which keeps the outcome deterministic.
        if (similarity > bestSimilarity + 1e-12) {
          best = c;
          bestSimilarity = similarity;
        }
      }
      return best;
    });
    if (next.every((c, i) => c === assignments[i])) break;
    assignments = next;
    centroids = centroids.map((old, c) => {
      const sum = new Float64Array(dimensions);
      let members = 0;
      for (const [i, v] of vectors.entries()) {
        if (assignments[i] !== c) continue;
        members += 1;
        for (let j = 0; j < v.indices.length; j += 1) {
          const index = v.indices[j] ?? 0;
          sum[index] = (sum[index] ?? 0) + (v.values[j] ?? 0);
        }
      }
      if (members === 0) return old;
      const norm = Math.sqrt(sum.reduce((a, b) => a + b * b, 0)) || 1;
      return sum.map((value) => value / norm);
    });
  }
  return { assignments, centroids, iterations };
}
