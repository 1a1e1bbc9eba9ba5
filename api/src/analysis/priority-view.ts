import { leftOutUnits } from '@klankbord/analysis/disclosure';
import {
  addSums,
  emptySums,
  type PairSums,
  pearsonFromSums,
  priorityQuadrants,
  type Quadrant,
} from '@klankbord/analysis/statistics';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { activeThemes } from '../signals/queries.ts';
import { reportMarkOf } from '../surveys/report-mark.ts';
import type { AnalysisScope } from './analysis-scope.ts';
import { answerUnit, type PublishedGroup, publishBreakdown } from './disclosure.ts';
import { publishedShare, type Share } from './figures.ts';
import { itemsOfVersion } from './question-view.ts';
import { priorityCounts, type PriorityCountRow } from './priority-queries.ts';

interface MatrixItem {
  name: string;
  title: string;
  theme: string;
  satisfaction: Share;
  importance: number;
  quadrant: Quadrant;
}

export interface PriorityMatrix {
  /** Data-centred cut points: the median satisfaction and the median importance of the points. */
  cuts: { satisfaction: number; importance: number } | null;
  items: MatrixItem[];
  themes: { code: string; label: string; satisfaction: Share; importance: number; quadrant: Quadrant }[];
}

const schoolKey = (school: string | null) => school ?? 'onbekend';

/** The theme of an item: the codebook theme its name starts with (`vei_veilig` → VEI), else "overig". */
function themeOf(name: string, codes: ReadonlySet<string>): string {
  const prefix = name.split(/[_.]/)[0]?.toUpperCase() ?? '';
  return codes.has(prefix) ? prefix : 'overig';
}

function matrixOf(
  points: { name: string; title: string; theme: string; top: number; answered: number; sums: PairSums }[],
  themeLabels: ReadonlyMap<string, string>,
): PriorityMatrix {
  const scored = points.flatMap((p) => {
    const satisfaction = publishedShare({ value: p.top, suppressed: false }, { value: p.answered, suppressed: false });
    const r = pearsonFromSums(p.sums);
    return satisfaction && r.ok ? [{ ...p, satisfaction, importance: r.r }] : [];
  });
  const items = priorityQuadrants(
    scored.map((p) => ({ key: p.name, satisfaction: p.satisfaction.p, importance: p.importance })),
  );
  const byTheme = new Map<string, typeof scored>();
  for (const p of scored) byTheme.set(p.theme, [...(byTheme.get(p.theme) ?? []), p]);
  // A theme: its items' answers pooled for satisfaction; the mean of its items' correlations for importance.
  const themePoints = [...byTheme].flatMap(([code, list]) => {
    const top = list.reduce((a, p) => a + p.top, 0);
    const answered = list.reduce((a, p) => a + p.answered, 0);
    const satisfaction = publishedShare({ value: top, suppressed: false }, { value: answered, suppressed: false });
    const importance = list.reduce((a, p) => a + p.importance, 0) / list.length;
    return satisfaction ? [{ code, label: themeLabels.get(code) ?? 'Overig', satisfaction, importance }] : [];
  });
  const themes = priorityQuadrants(
    themePoints.map((t) => ({ key: t.code, satisfaction: t.satisfaction.p, importance: t.importance })),
  );
  return {
    cuts: items.cuts,
    items: scored.map((p, k) => ({
      name: p.name,
      title: p.title,
      theme: p.theme,
      satisfaction: p.satisfaction,
      importance: p.importance,
      quadrant: items.items[k]!.quadrant,
    })),
    themes: themePoints.map((t, k) => ({ ...t, quadrant: themes.items[k]!.quadrant })),
  };
}

/**
 * The priority matrix of a wave: per item and theme, satisfaction (share agreeing) against importance
 * (the item's correlation with the report mark across respondents), for the organisation and per
 * school; a school below the minimum is in no matrix, and left out of the organisation's.
 */
export async function priorityView(db: Kysely<Database>, scope: AnalysisScope, minimum: number) {
  const head = {
    wave: scope.wave,
    organisation: scope.organisation && { slug: scope.organisation.slug, name: scope.organisation.name },
    minCellSize: minimum,
    importanceSource: 'correlation' as const,
  };
  const mark = await reportMarkOf(db, scope.wave.surveyVersionId);
  if (!mark) return { ...head, reason: 'no_report_mark' as const, mark: null, overall: null, schools: [] };
  const items = (await itemsOfVersion(db, scope.wave.surveyVersionId)).filter(
    (i) =>
      i.kind === 'likert' &&
      i.name !== mark.item.name &&
      i.values.length >= 3 &&
      i.values.every((v) => /^-?\d+$/.test(v)),
  );
  const [rows, themes] = await Promise.all([priorityCounts(db, scope, items, mark.item), activeThemes(db)]);
  const codes = new Set(themes.map((t) => t.code));
  const themeLabels = new Map(themes.map((t) => [t.code, t.label]));

  const byItem = new Map<string, PriorityCountRow[]>();
  for (const r of rows) byItem.set(r.question, [...(byItem.get(r.question) ?? []), r]);
  const perItem = items.map((item) => {
    const list = byItem.get(item.name) ?? [];
    const atoms = list.map((r) => ({
      keys: { school: schoolKey(r.school) },
      n: r.answered,
      counts: [r.top, r.answered - r.top],
    }));
    const release = publishBreakdown({ atoms, minimum, unit: answerUnit, by: 'school', categories: 2 });
    const left = leftOutUnits(atoms, answerUnit, minimum);
    const sums = (rowsOf: PriorityCountRow[]) => rowsOf.reduce((s, r) => addSums(s, r), emptySums());
    return {
      item,
      theme: themeOf(item.name, codes),
      total: release.total,
      totalSums: sums(list.filter((r) => !left.has(schoolKey(r.school)))),
      schools: new Map(release.groups.map((g) => [g.key, g])),
      schoolSums: new Map(list.map((r) => [schoolKey(r.school), sums([r])])),
    };
  });
  const pointOf = (group: PublishedGroup | undefined, sums: PairSums | undefined, p: (typeof perItem)[number]) =>
    group && sums && group.n.suppressed === false && group.n.value !== null && group.n.value > 0
      ? [
          {
            name: p.item.name,
            title: p.item.title,
            theme: p.theme,
            top: group.counts[0]!.value ?? 0,
            answered: group.n.value,
            sums,
          },
        ]
      : [];

  const overall = matrixOf(
    perItem.flatMap((p) => pointOf(p.total, p.totalSums, p)),
    themeLabels,
  );
  const schoolNames = new Map(
    (
      await db
        .selectFrom('schools')
        .select(['id', 'name'])
        .where(
          'id',
          'in',
          [...new Set(rows.flatMap((r) => (r.school === null ? [] : [Number(r.school)])))].concat([-1]),
        )
        .execute()
    ).map((s) => [String(s.id), s.name]),
  );
  const schools = [...schoolNames]
    .filter(([id]) => scope.ownSchoolId === null || id === String(scope.ownSchoolId))
    .map(([id, name]) => {
      const points = perItem.flatMap((p) => pointOf(p.schools.get(id), p.schoolSums.get(id), p));
      return { id: Number(id), name, matrix: points.length > 0 ? matrixOf(points, themeLabels) : null };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return {
    ...head,
    mark: { question: mark.item.name, title: mark.item.title },
    overall,
    schools,
  };
}
