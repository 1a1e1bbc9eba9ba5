import { describe, expect, it } from 'vitest';
import { clusterTexts } from './cluster-texts.ts';
import { documentVectors } from './document-vectors.ts';
import { kMeans } from './k-means.ts';

const bullying = [
  'Mijn zoon wordt elke dag gepest in de pauze en de juf doet niets tegen het pesten.',
  'Op het schoolplein wordt mijn dochter gepest, ze wil niet meer naar school door het pesten.',
  'Het pesten in de klassenapp gaat maar door, mijn kind wordt gepest en buitengesloten.',
  'Ik werd in de brugklas gepest en de mentor zag het pesten niet.',
  'Pesten op school: mijn kind wordt gepest en niemand grijpt in.',
];
const transport = [
  'De taxi naar school komt elke ochtend te laat, het leerlingenvervoer is slecht geregeld.',
  'Het leerlingenvervoer met de taxi duurt anderhalf uur, mijn zoon is moe van de taxi.',
  'De chauffeur van de taxi wisselt steeds, het leerlingenvervoer geeft geen rust.',
  'Leerlingenvervoer aangevraagd bij de gemeente, de taxi kwam pas na drie weken.',
  'Elke dag een andere taxi, het leerlingenvervoer van de gemeente werkt niet.',
];

describe('clusterTexts', () => {
  it('never makes a keyword of the redaction marks ([NAAM], [SCHOOL]) that stand for names', () => {
    const marked = [...bullying, ...transport].map((text, i) =>
      i % 2 ? `[NAAM] schrijft: ${text} Groet, [NAAM] van [SCHOOL]` : `${text} Bel [TELEFOON] of [EMAIL].`,
    );
    const vectors = documentVectors(marked, 2);
    for (const mark of ['naam', 'telefoon', 'email']) expect(vectors.terms).not.toContain(mark);
    expect(vectors.labels).not.toContain('naam');
    const result = clusterTexts(marked, { k: 2 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const cluster of result.clusters) expect(cluster.topTerms).not.toContain('naam');
  });

  it('separates stories about bullying from stories about school transport, and names them by their words', () => {
    const result = clusterTexts([...bullying, ...transport], { k: 2 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const groups = result.clusters.map((c) => [...c.members].sort((a, b) => a - b));
    expect(groups).toContainEqual([0, 1, 2, 3, 4]);
    expect(groups).toContainEqual([5, 6, 7, 8, 9]);
    const bullyCluster = result.clusters.find((c) => c.members.includes(0));
    const transportCluster = result.clusters.find((c) => c.members.includes(5));
    expect(bullyCluster?.topTerms.slice(0, 3).some((t) => t.startsWith('gepest') || t.startsWith('pesten'))).toBe(true);
    expect(transportCluster?.topTerms.slice(0, 3)).toEqual(expect.arrayContaining(['taxi']));
    expect(bullyCluster?.examples).toHaveLength(3);
    expect(bullyCluster?.examples.every((i) => i < 5)).toBe(true);
  });

  it('gives the same clusters, ids and terms every run, and other seeds still find the same split', () => {
    const texts = [...transport, ...bullying];
    const first = clusterTexts(texts, { k: 2 });
    expect(clusterTexts(texts, { k: 2 })).toEqual(first);
    for (const seed of [1, 2, 3, 99]) {
      const other = clusterTexts(texts, { k: 2, seed });
      expect(other.ok && other.clusters.map((c) => [...c.members].sort((a, b) => a - b))).toEqual(
        expect.arrayContaining([
          [0, 1, 2, 3, 4],
          [5, 6, 7, 8, 9],
        ]),
      );
    }
  });

  it('refuses too few texts and texts without shared words, with a reason', () => {
    expect(clusterTexts(['één verhaal over pesten'])).toMatchObject({ ok: false, reason: 'too_few' });
    expect(clusterTexts(['appel', 'boom', 'fiets', 'huis'])).toMatchObject({ ok: false, reason: 'no_terms' });
  });
});

describe('documentVectors and kMeans', () => {
  it('makes unit-length vectors and puts identical texts together', () => {
    const { vectors } = documentVectors(['taxi te laat', 'taxi te laat', 'pesten op school', 'pesten op school'], 1);
    for (const v of vectors) expect(v.values.reduce((s, x) => s + x * x, 0)).toBeCloseTo(1, 10);
    const dims = Math.max(...vectors.flatMap((v) => v.indices)) + 1;
    const { assignments } = kMeans(vectors, 2, dims, 5);
    expect(assignments[0]).toBe(assignments[1]);
    expect(assignments[2]).toBe(assignments[3]);
    expect(assignments[0]).not.toBe(assignments[2]);
  });
});
