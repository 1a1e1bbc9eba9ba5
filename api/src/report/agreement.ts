import { cohensKappa } from '@klankbord/analysis/statistics';
import type { AgreementRow } from './report-queries.ts';

export interface AgreementFigure {
  /** Mean Cohen's kappa over the themes that could be computed, with the number of stories behind it. */
  kappa: number | null;
  stories: number;
  note: string;
}

export interface AgreementFigures {
  coders: AgreementFigure;
  machine: AgreementFigure;
}

const minimumStories = 10;

function meanKappa(stories: number[], codesOf: (story: number, side: 0 | 1) => Set<string>, themes: string[]) {
  const kappas = themes.flatMap((theme) => {
    const a = stories.map((s) => (codesOf(s, 0).has(theme) ? 1 : 0));
    const b = stories.map((s) => (codesOf(s, 1).has(theme) ? 1 : 0));
    const result = cohensKappa(a, b);
    return result.ok && Number.isFinite(result.kappa) ? [result.kappa] : [];
  });
  return kappas.length ? kappas.reduce((x, y) => x + y, 0) / kappas.length : null;
}

/**
 * Agreement between two human coders (stories coded by at least two people) and between the classifier
 * and the agreed codes: Cohen's kappa per theme (present/absent), averaged over themes.
 */
export function codingsAgreement(rows: readonly AgreementRow[], themes: string[]): AgreementFigures {
  const byStory = new Map<number, Map<string, Set<string>>>();
  for (const r of rows) {
    const coders = byStory.get(r.story_id) ?? new Map<string, Set<string>>();
    const codes = coders.get(r.coder) ?? new Set<string>();
    codes.add(r.theme);
    coders.set(r.coder, codes);
    byStory.set(r.story_id, coders);
  }
  const humansOf = (story: number) =>
    [...(byStory.get(story)?.keys() ?? [])].filter((c) => c.startsWith('user:')).sort();
  const twoCoders = [...byStory.keys()].filter((s) => humansOf(s).length >= 2).sort((a, b) => a - b);
  const machine = [...byStory.keys()]
    .filter((s) => byStory.get(s)!.has('machine') && byStory.get(s)!.has('consensus'))
    .sort((a, b) => a - b);
  const empty = new Set<string>();
  const figure = (stories: number[], codesOf: (s: number, side: 0 | 1) => Set<string>, what: string) => {
    if (stories.length < minimumStories)
      return {
        kappa: null,
        stories: stories.length,
        note: `Niet berekend: ${stories.length} verhalen ${what} (minstens ${minimumStories} nodig).`,
      };
    const kappa = meanKappa(stories, codesOf, themes);
    return {
      kappa,
      stories: stories.length,
      note: `Cohen’s kappa per thema, gemiddeld; ${stories.length} verhalen ${what}.`,
    };
  };
  return {
    coders: figure(
      twoCoders,
      (s, side) => byStory.get(s)?.get(humansOf(s)[side]!) ?? empty,
      'door twee codeurs gecodeerd',
    ),
    machine: figure(
      machine,
      (s, side) => byStory.get(s)?.get(side === 0 ? 'machine' : 'consensus') ?? empty,
      'met een machinesuggestie en een vastgestelde codering',
    ),
  };
}
