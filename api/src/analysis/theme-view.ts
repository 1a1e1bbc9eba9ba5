import type { AtomCount } from '@klankbord/analysis/disclosure';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { AnalysisScope } from './analysis-scope.ts';
import { type Cell, publishBreakdown, storyUnit } from './disclosure.ts';
import { compareShares, publishedShare } from './figures.ts';
import { groupName } from './group-labels.ts';
import { themeCounts, type ThemeCountRow, type ThemeGrouping } from './theme-queries.ts';

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

// Schools and tones divide a unit (sector × role) further: their complements are found inside it.
const withinOf: Record<ThemeGrouping, string | null> = { role: null, sector: null, school: 'sector', tone: null };

/** The rule's cells for stories: per unit and group, stories and (per code in `columns`) stories with it. */
function storyAtoms(rows: readonly ThemeCountRow[], columns: readonly string[], column: (r: ThemeCountRow) => string) {
  const atoms = new Map<string, { keys: Record<string, string>; n: number; counts: number[] }>();
  const atomOf = (r: ThemeCountRow) => {
    const keys = { sector: r.sector ?? 'onbekend', role: r.role, grp: r.grp ?? 'onbekend' };
    const key = `${keys.sector}|${keys.role}|${keys.grp}`;
    let atom = atoms.get(key);
    if (!atom) atoms.set(key, (atom = { keys, n: 0, counts: columns.map(() => 0) }));
    return atom;
  };
  for (const r of rows) {
    if (r.kind === 'group') atomOf(r).n += r.n;
    else {
      const j = columns.indexOf(column(r));
      if (j >= 0) atomOf(r).counts[j]! += r.n;
    }
  }
  return [...atoms.values()] as AtomCount[];
}

/** Per theme: stories, share, per group, the themes it travels with, and the change against the previous wave. */
export async function themeView(
  db: Kysely<Database>,
  scope: AnalysisScope,
  requestedBy: ThemeGrouping,
  minimum: number,
) {
  // A school contact sees its own school's stories against the organisation.
  const by: ThemeGrouping = scope.ownSchoolId === null ? requestedBy : 'school';
  const [rows, labels] = await Promise.all([themeCounts(db, scope, by), themeLabels(db)]);
  const current = rows.filter((r) => r.current);
  const previous = rows.filter((r) => !r.current);
  const themeRows = current.filter((r) => r.kind === 'theme');
  const codes = [...labels.keys(), ...new Set(themeRows.map((r) => r.theme!))].filter(
    (code, i, all) => all.indexOf(code) === i && themeRows.some((r) => r.theme === code),
  );
  const release = (list: readonly ThemeCountRow[], groupBy: ThemeGrouping | null) =>
    publishBreakdown({
      atoms: storyAtoms(
        list.filter((r) => r.kind === 'group' || r.kind === 'theme'),
        codes,
        (r) => r.theme!,
      ),
      minimum,
      unit: storyUnit,
      by: groupBy === null ? null : 'grp',
      within: groupBy === null ? null : withinOf[groupBy],
      categories: codes.length,
    });
  // Pairs and theme sources are figures of the total: counted over the same published units only.
  const unitTotals = (kind: ThemeCountRow['kind'], columns: string[], column: (r: ThemeCountRow) => string) =>
    publishBreakdown({
      atoms: storyAtoms(
        current.filter((r) => r.kind === 'group' || r.kind === kind),
        columns,
        column,
      ),
      minimum,
      unit: storyUnit,
      by: null,
      categories: columns.length,
    }).total;

  const now = release(current, by);
  const storiesCell = now.total.n;
  const sources = unitTotals('source', ['consensus', 'self'], (r) => r.grp ?? '');
  const head = {
    wave: scope.wave,
    organisation: scope.organisation && { slug: scope.organisation.slug, name: scope.organisation.name },
    by,
    minCellSize: minimum,
    themeSource: {
      description:
        'Thema’s van een verhaal: de consensuscodering als die er is, anders de thema’s die de inzender zelf koos.',
      consensus: sources.counts[0]!,
      self: sources.counts[1]!,
    },
  };
  const empty = { groups: [], themes: [], cooccurrence: [], stories: null };
  if (current.every((r) => r.kind !== 'group')) return { ...head, reason: 'no_stories' as const, ...empty };
  if (storiesCell.suppressed !== false || storiesCell.value === 0)
    return { ...head, reason: 'too_few_stories' as const, ...empty };

  const groupLabel = new Map(current.filter((r) => r.kind === 'group').map((r) => [r.grp ?? 'onbekend', r.label]));
  const groups = [...now.groups].sort((a, b) => a.key.localeCompare(b.key));
  const before = scope.previous ? release(previous, null).total : null;
  const visible = (c: Cell) => c.suppressed === false && c.value !== null;
  const themes = codes.map((code, j) => {
    const stories = now.total.counts[j]!;
    const beforeCell = before?.counts[j] ?? null;
    const comparable = before && visible(before.n) && (before.n.value ?? 0) > 0 && visible(storiesCell);
    return {
      code,
      label: labels.get(code) ?? code,
      stories,
      share: publishedShare(stories, storiesCell),
      groups: groups.map((g) => ({ key: g.key, stories: g.counts[j]!, share: publishedShare(g.counts[j]!, g.n) })),
      change:
        scope.previous && before && beforeCell
          ? {
              previousYear: scope.previous.year,
              previousStories: beforeCell,
              previousShare: publishedShare(beforeCell, before.n),
              comparison: comparable
                ? compareShares(stories.value!, storiesCell.value!, beforeCell.value!, before.n.value!, {
                    higher: 'vaker genoemd',
                    lower: 'minder vaak genoemd',
                  })
                : null,
            }
          : null,
    };
  });

  const pairRows = current.filter((r) => r.kind === 'pair');
  const pairKeys = [...new Set(pairRows.map((r) => `${r.theme}\u0000${r.theme2}`))];
  const pairs = unitTotals('pair', pairKeys, (r) => `${r.theme}\u0000${r.theme2}`);
  const cooccurrence = pairKeys
    .map((k, j) => {
      const [a, b] = k.split('\u0000');
      return { a: a!, b: b!, stories: pairs.counts[j]! };
    })
    .filter((p) => p.stories.value !== 0)
    .sort((x, y) => (y.stories.value ?? 0) - (x.stories.value ?? 0));
  const shownGroups = groups.map((g) => ({
    key: g.key,
    label: groupName(by === 'school' ? 'school' : by, g.key, groupLabel.get(g.key)),
    stories: g.n,
    partial: g.partial,
  }));
  const own = scope.ownSchoolId === null ? null : String(scope.ownSchoolId);
  if (own !== null && !shownGroups.some((g) => g.key === own && g.stories.suppressed === false))
    return { ...head, reason: 'too_few_stories' as const, ...empty };
  return {
    ...head,
    stories: storiesCell,
    partial: now.total.partial,
    previous: scope.previous && before ? { year: scope.previous.year, stories: before.n } : null,
    groups: own === null ? shownGroups : shownGroups.filter((g) => g.key === own),
    themes: own === null ? themes : themes.map((t) => ({ ...t, groups: t.groups.filter((g) => g.key === own) })),
    cooccurrence,
  };
}
