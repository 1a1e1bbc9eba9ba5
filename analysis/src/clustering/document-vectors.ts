import { withoutRedactionMarks } from '../redaction/types.ts';
import { analyseDutch, NEGATED_PREFIX } from '../text/index.ts';

/** A unit-length TF-IDF vector: term indices ascending, with their weights. */
export interface SparseVector {
  readonly indices: number[];
  readonly values: number[];
}

export interface DocumentVectors {
  /** Stems, indexed by the vectors' indices. */
  readonly terms: string[];
  /** The word form readers see for each stem: its most frequent spelling in the texts. */
  readonly labels: string[];
  readonly vectors: SparseVector[];
}

/**
 * TF-IDF vectors (sublinear tf, smooth idf, L2-normalised) of the content-word stems of Dutch texts;
 * stems in fewer than `minDocumentFrequency` texts are left out.
 * @example documentVectors(['Veel huiswerk', 'Te veel huiswerk'], 1).terms // ['huiswerk']
 */
export function documentVectors(texts: readonly string[], minDocumentFrequency = 2): DocumentVectors {
  const counts = texts.map((text) => {
    const perStem = new Map<string, number>();
    for (const token of analyseDutch(withoutRedactionMarks(text))) {
      // Negated words and function words say little about what a story is about.
      if (token.stop || token.negator || token.negated || token.stem.length < 3) continue;
      perStem.set(token.stem, (perStem.get(token.stem) ?? 0) + 1);
    }
    return perStem;
  });
  const spellings = new Map<string, Map<string, number>>();
  for (const text of texts)
    for (const token of analyseDutch(withoutRedactionMarks(text))) {
      const forms = spellings.get(token.stem) ?? new Map<string, number>();
      forms.set(token.norm, (forms.get(token.norm) ?? 0) + 1);
      spellings.set(token.stem, forms);
    }
  const documentFrequency = new Map<string, number>();
  for (const perStem of counts)
    for (const stem of perStem.keys()) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  const terms = [...documentFrequency.entries()]
    .filter(([stem, df]) => df >= minDocumentFrequency && !stem.startsWith(NEGATED_PREFIX))
    .map(([stem]) => stem)
    .sort();
  const indexOf = new Map(terms.map((term, index) => [term, index]));
  const n = texts.length;
  const idf = terms.map((term) => Math.log((1 + n) / (1 + (documentFrequency.get(term) ?? 0))) + 1);
  const vectors = counts.map((perStem) => {
    const entries: [number, number][] = [];
    for (const [stem, count] of perStem) {
      const index = indexOf.get(stem);
      if (index !== undefined) entries.push([index, (1 + Math.log(count)) * (idf[index] ?? 1)]);
    }
    entries.sort((a, b) => a[0] - b[0]);
    const norm = Math.sqrt(entries.reduce((sum, [, value]) => sum + value * value, 0)) || 1;
    return { indices: entries.map(([index]) => index), values: entries.map(([, value]) => value / norm) };
  });
  const labels = terms.map((term) => {
    const forms = [...(spellings.get(term) ?? new Map<string, number>()).entries()];
    forms.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return forms[0]?.[0] ?? term;
  });
  return { terms, labels, vectors };
}
