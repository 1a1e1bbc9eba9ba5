/** A sparse vector: parallel arrays of feature indices and values. */
export interface SparseVector {
  readonly indices: number[];
  readonly values: number[];
}

/** Terms kept as features, with their inverse document frequencies. */
export interface Vocabulary {
  readonly terms: string[];
  readonly index: ReadonlyMap<string, number>;
  readonly idf: number[];
}

/**
 * Picks the features: terms in at least `minDocumentFrequency` training stories (rarer terms are
 * mostly typos and names), the most frequent `maxSize` of them, with smoothed idf.
 * @example buildVocabulary([new Map([['pest', 1]]), new Map([['pest', 2]])], 2, 100).terms // ['pest']
 */
export function buildVocabulary(
  documents: readonly ReadonlyMap<string, number>[],
  minDocumentFrequency: number,
  maxSize: number,
): Vocabulary {
  const documentFrequency = new Map<string, number>();
  for (const document of documents) {
    for (const term of document.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const kept = [...documentFrequency]
    .filter(([, frequency]) => frequency >= minDocumentFrequency)
    .sort(([termA, a], [termB, b]) => b - a || (termA < termB ? -1 : 1))
    .slice(0, maxSize);
  const terms = kept.map(([term]) => term);
  const idf = kept.map(([, frequency]) => Math.log((1 + documents.length) / (1 + frequency)) + 1);
  return fromTerms(terms, idf);
}

/**
 * Rebuilds the lookup index of a stored vocabulary.
 * @example fromTerms(['pest'], [1.7]).index.get('pest') // 0
 */
export function fromTerms(terms: string[], idf: number[]): Vocabulary {
  return { terms, idf, index: new Map(terms.map((term, position) => [term, position])) };
}

/**
 * Sublinear TF-IDF (1 + ln tf) × idf, L2-normalised so long and short stories weigh alike.
 * @example tfidfVector(new Map([['pest', 3]]), vocabulary).values // [1]
 */
export function tfidfVector(termCounts: ReadonlyMap<string, number>, vocabulary: Vocabulary): SparseVector {
  const indices: number[] = [];
  const values: number[] = [];
  let squaredNorm = 0;
  for (const [term, count] of termCounts) {
    const position = vocabulary.index.get(term);
    if (position === undefined) continue;
    const value = (1 + Math.log(count)) * (vocabulary.idf[position] ?? 0);
    indices.push(position);
    values.push(value);
    squaredNorm += value * value;
  }
  const norm = Math.sqrt(squaredNorm);
  if (norm > 0) for (let i = 0; i < values.length; i += 1) values[i] = (values[i] ?? 0) / norm;
  return { indices, values };
}
