import { leftOutUnits } from '@klankbord/analysis/disclosure';
import { addSums, emptySums, pearsonFromSums, priorityQuadrants, type Quadrant } from '@klankbord/analysis/statistics';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { activeThemes } from '../signals/queries.ts';
import type { ImportanceSource } from '@klankbord/analysis/report';
import { type AnalysisItem, analysisItems } from '../surveys/analysis-items.ts';
import { importanceLinks, isPriorityScale } from '../surveys/importance-items.ts';
import { reportMarkOf } from '../surveys/report-mark.ts';
import type { AnalysisScope } from './analysis-scope.ts';
import { answerUnit, type PublishedGroup, publishBreakdown } from './disclosure.ts';
import { publishedShare, type Share } from './figures.ts';
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

/** A point of the matrix: an item's published satisfaction counts and its importance, however measured. */
interface Point {
  name: string;
  title: string;
  theme: string;
  top: number;
  answered: number;
  importance: number;
}

function matrixOf(points: Point[], themeLabels: ReadonlyMap<string, string>): PriorityMatrix {
  const scored = points.flatMap((p) => {
    const satisfaction = publishedShare({ value: p.top, suppressed: false }, { value: p.answered, suppressed: false });
    return satisfaction ? [{ ...p, satisfaction }] : [];
  });
  const items = priorityQuadrants(
    scored.map((p) => ({ key: p.name, satisfaction: p.satisfaction.p, importance: p.importance })),
  );
  const byTheme = new Map<string, typeof scored>();
  for (const p of scored) byTheme.set(p.theme, [...(byTheme.get(p.theme) ?? []), p]);
  // A theme: its items' answers pooled for satisfaction; the mean of its items' importance.
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
 * The priority matrix of a wave: per item and theme, satisfaction (share agreeing) against importance,
 * for the organisation and per school; a school below the minimum is in no matrix, and left out of the
 * organisation's. Importance is the share answering the item's own importance question with its top two
 * points when the questionnaire has such questions (importance-items.ts), else the item's correlation
 * with the report mark across respondents; `importanceSource` says which.
 */
export async function priorityView(db: Kysely<Database>, scope: AnalysisScope, minimum: number) {
  const { definition } = await db
    .selectFrom('survey_versions')
    .select('definition')
    .where('id', '=', scope.wave.surveyVersionId)
    .executeTakeFirstOrThrow();
  const { links } = importanceLinks(definition);
  const importanceSource: ImportanceSource = links.length > 0 ? 'explicit' : 'correlation';
  const mark = await reportMarkOf(db, scope.wave.surveyVersionId);
  const head = {
    wave: scope.wave,
    organisation: scope.organisation && { slug: scope.organisation.slug, name: scope.organisation.name },
    minCellSize: minimum,
    importanceSource,
    mark: mark && { question: mark.item.name, title: mark.item.title },
  };
  // Without importance questions, importance is measured against the mark: none chosen, no matrix.
  if (importanceSource === 'correlation' && !mark)
    return {
      ...head,
      reason: 'no_report_mark' as const,
      overall: null,
      schools: [] as { id: number; name: string; matrix: PriorityMatrix | null }[],
    };
  const items =
    importanceSource === 'explicit'
      ? links.map((l) => l.item)
      : analysisItems(definition).filter((i) => isPriorityScale(i) && i.name !== mark?.item.name);
  const counted = [...items, ...links.map((l) => l.importance)];
  const [rows, themes] = await Promise.all([
    priorityCounts(db, scope, counted, importanceSource === 'correlation' ? (mark?.item ?? null) : null),
    activeThemes(db),
  ]);
  const codes = new Set(themes.map((t) => t.code));
  const themeLabels = new Map(themes.map((t) => [t.code, t.label]));

  const byItem = new Map<string, PriorityCountRow[]>();
  for (const r of rows) byItem.set(r.question, [...(byItem.get(r.question) ?? []), r]);
  // Each counted item's published groups (whole organisation, per school) and its correlation sums.
  const released = new Map(
    counted.map((item) => {
      const list = byItem.get(item.name) ?? [];
      const atoms = list.map((r) => ({
        keys: { school: schoolKey(r.school) },
        n: r.answered,
        counts: [r.top, r.answered - r.top],
      }));
      const release = publishBreakdown({ atoms, minimum, unit: answerUnit, by: 'school', categories: 2 });
      const left = leftOutUnits(atoms, answerUnit, minimum);
      const sums = (rowsOf: PriorityCountRow[]) => rowsOf.reduce((s, r) => addSums(s, r), emptySums());
      return [
        item.name,
        {
          total: release.total,
          totalSums: sums(list.filter((r) => !left.has(schoolKey(r.school)))),
          schools: new Map(release.groups.map((g) => [g.key, g])),
          schoolSums: new Map(list.map((r) => [schoolKey(r.school), sums([r])])),
        },
      ] as const;
    }),
  );
  const importanceOf = new Map(links.map((l) => [l.item.name, l.importance.name]));
  const shown = (group: PublishedGroup | undefined): group is PublishedGroup & { n: { value: number } } =>
    !!group && group.n.suppressed === false && group.n.value !== null && group.n.value > 0;
  // school: null for the whole organisation.
  const pointOf = (item: AnalysisItem, school: string | null): Point[] => {
    const own = released.get(item.name)!;
    const group = school === null ? own.total : own.schools.get(school);
    if (!shown(group)) return [];
    let importance: number;
    if (importanceSource === 'explicit') {
      const other = released.get(importanceOf.get(item.name)!)!;
      const asked = school === null ? other.total : other.schools.get(school);
      if (!shown(asked)) return [];
      const share = publishedShare(asked.counts[0]!, asked.n);
      if (!share) return [];
      importance = share.p;
    } else {
      const sums = school === null ? own.totalSums : own.schoolSums.get(school);
      const r = sums && pearsonFromSums(sums);
      if (!r?.ok) return [];
      importance = r.r;
    }
    const theme = themeOf(item.name, codes);
    return [
      {
        name: item.name,
        title: item.title,
        theme,
        top: group.counts[0]!.value ?? 0,
        answered: group.n.value,
        importance,
      },
    ];
  };

  const overall = matrixOf(
    items.flatMap((i) => pointOf(i, null)),
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
      const points = items.flatMap((i) => pointOf(i, id));
      return { id: Number(id), name, matrix: points.length > 0 ? matrixOf(points, themeLabels) : null };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return { ...head, overall, schools };
}
