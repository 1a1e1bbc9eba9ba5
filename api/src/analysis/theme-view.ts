import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { AnalysisScope } from './analysis-scope.ts';
import { type Cell, suppressBreakdown } from './disclosure.ts';
import { compareShares, publishedShare } from './figures.ts';
import { themeCounts, type ThemeGrouping } from './theme-queries.ts';

const mark = (value: number, minimum: number, reveal: boolean): Cell => {
  const suppressed = value > 0 && value < minimum ? ('primary' as const) : false;
  return { value: suppressed === false || reveal ? value : null, suppressed };
};

async function themeLabels(db: Kysely<Database>): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('themes')
    .innerJoin('codebooks', 'codebooks.id', 'themes.codebook_id')
    .select(['themes.code', 'themes.label_nl'])
    .where('codebooks.is_active', '=', true)
    .orderBy('themes.position')
    .execute();
  return new Map(rows.map((r) => [r.code, r.label_nl]));
}

/** Per theme: stories, share, per group, the themes it travels with, and the change against the previous wave. */
export async function themeView(db: Kysely<Database>, scope: AnalysisScope, by: ThemeGrouping, minimum: number) {
  const [rows, labels] = await Promise.all([themeCounts(db, scope, by), themeLabels(db)]);
  const reveal = scope.reveal;
  const current = rows.filter((r) => r.current);
  const groupRows = current.filter((r) => r.kind === 'group');
  const total = groupRows.reduce((a, r) => a + r.n, 0);
  const sources = current.filter((r) => r.kind === 'source');
  const head = {
    wave: scope.wave,
    organisation: scope.organisation && { slug: scope.organisation.slug, name: scope.organisation.name },
    by,
    minCellSize: minimum,
    themeSource: {
      description:
        'Thema’s van een verhaal: de consensuscodering als die er is, anders de thema’s die de inzender zelf koos.',
      consensus: mark(sources.find((s) => s.grp === 'consensus')?.n ?? 0, minimum, reveal),
      self: mark(sources.find((s) => s.grp === 'self')?.n ?? 0, minimum, reveal),
    },
  };
  const empty = { groups: [], themes: [], cooccurrence: [], stories: null };
  if (total === 0) return { ...head, reason: 'no_stories' as const, ...empty };
  if (total < minimum && !reveal) return { ...head, reason: 'too_few_stories' as const, ...empty };

  const groupKeys = groupRows.map((r) => r.grp ?? 'onbekend').sort();
  const groupLabel = new Map(groupRows.map((r) => [r.grp ?? 'onbekend', r.label ?? r.grp ?? 'onbekend']));
  const themeRows = current.filter((r) => r.kind === 'theme');
  const codes = [...labels.keys(), ...new Set(themeRows.map((r) => r.theme!))].filter(
    (code, i, all) => all.indexOf(code) === i && themeRows.some((r) => r.theme === code),
  );
  const table = groupKeys.map(() => codes.map(() => 0));
  for (const r of themeRows) table[groupKeys.indexOf(r.grp ?? 'onbekend')]![codes.indexOf(r.theme!)]! += r.n;
  const groupTotals = groupKeys.map((key) =>
    groupRows.filter((r) => (r.grp ?? 'onbekend') === key).reduce((a, r) => a + r.n, 0),
  );
  const breakdown = suppressBreakdown({ table, groupTotals, total, minimum, reveal });
  const storiesCell: Cell = { value: total, suppressed: total < minimum ? 'primary' : false };

  const previous = rows.filter((r) => !r.current);
  const previousTotal = previous.filter((r) => r.kind === 'group').reduce((a, r) => a + r.n, 0);
  const themes = codes.map((code, j) => {
    const stories = breakdown.categoryTotals[j]!;
    const before = previous.find((r) => r.kind === 'theme' && r.theme === code)?.n ?? 0;
    const beforeCell = mark(before, minimum, reveal);
    const comparable =
      scope.previous && previousTotal >= minimum && stories.suppressed === false && beforeCell.suppressed === false;
    return {
      code,
      label: labels.get(code) ?? code,
      stories,
      share: publishedShare(stories, storiesCell),
      groups: groupKeys.map((key, i) => ({
        key,
        stories: breakdown.cells[i]![j]!,
        share: publishedShare(breakdown.cells[i]![j]!, breakdown.groupTotals[i]!),
      })),
      change: scope.previous
        ? {
            previousYear: scope.previous.year,
            previousStories: beforeCell,
            previousShare: publishedShare(beforeCell, mark(previousTotal, minimum, reveal)),
            comparison: comparable
              ? compareShares(stories.value!, total, before, previousTotal, {
                  higher: 'vaker genoemd',
                  lower: 'minder vaak genoemd',
                })
              : null,
          }
        : null,
    };
  });

  const cooccurrence = current
    .filter((r) => r.kind === 'pair')
    .map((r) => ({ a: r.theme!, b: r.theme2!, stories: mark(r.n, minimum, reveal) }))
    .sort((x, y) => (y.stories.value ?? 0) - (x.stories.value ?? 0));
  return {
    ...head,
    stories: storiesCell,
    previous: scope.previous ? { year: scope.previous.year, stories: mark(previousTotal, minimum, reveal) } : null,
    groups: groupKeys.map((key, i) => ({ key, label: groupLabel.get(key) ?? key, stories: breakdown.groupTotals[i]! })),
    themes,
    cooccurrence,
  };
}
