import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { AnalysisScope } from './analysis-scope.ts';
import { answerUnit, type Cell, type PublishedGroup, publishBreakdown } from './disclosure.ts';
import { compareShares, publishedShare } from './figures.ts';
import { sectorNames } from './group-labels.ts';
import { type AnswerCountRow, answerCountsByQuestion } from './question-queries.ts';
import { answerAtoms, itemsOfVersion } from './question-view.ts';

/** The top-two-box count of a published group as a count cell (hidden with it). */
function topCell(group: PublishedGroup | undefined): { n: Cell; top: Cell } {
  if (!group) return { n: { value: 0, suppressed: false }, top: { value: 0, suppressed: false } };
  const top = group.counts.slice(-2);
  const hidden = group.n.suppressed;
  return {
    n: group.n,
    top: { value: hidden === false ? top.reduce((a, c) => a + (c.value ?? 0), 0) : null, suppressed: hidden },
  };
}

/**
 * A school contact's own school against its organisation (the SWV) and against its sector inside it,
 * for every scale item, with the change since the previous wave: every figure is one the rule publishes
 * for the wave anyway (the school, the sector and the total of the same releases the board sees).
 */
export async function ownSchoolView(db: Kysely<Database>, scope: AnalysisScope, minimum: number) {
  if (scope.ownSchoolId === null)
    throw new AppError('own_school_only', {}, 'Only a school contact has an own school in this organisation.');
  const own = String(scope.ownSchoolId);
  const school = await db
    .selectFrom('schools')
    .select(['name', 'brin', 'sector'])
    .where('id', '=', scope.ownSchoolId)
    .executeTakeFirstOrThrow();
  const items = (await itemsOfVersion(db, scope.wave.surveyVersionId)).filter((i) => i.kind === 'likert');
  const current = await answerCountsByQuestion(db, scope, items);
  const previous = scope.previous
    ? await answerCountsByQuestion(db, { ...scope, waveIds: scope.previous.waveIds }, items)
    : null;
  const release = (rows: Map<string, AnswerCountRow[]>, name: string, by: 'school' | 'sector') => {
    const item = items.find((i) => i.name === name)!;
    const { atoms } = answerAtoms(rows.get(name) ?? [], item);
    return publishBreakdown({ atoms, minimum, unit: answerUnit, by, categories: item.values.length });
  };
  const figure = (f: { n: Cell; top: Cell }) => ({ n: f.n, share: publishedShare(f.top, f.n) });
  return {
    wave: scope.wave,
    organisation: scope.organisation && { slug: scope.organisation.slug, name: scope.organisation.name },
    school: { ...school, sectorName: school.sector ? sectorNames[school.sector] : null },
    minCellSize: minimum,
    previousYear: scope.previous?.year ?? null,
    items: items.map((item) => {
      const bySchool = release(current, item.name, 'school');
      const bySector = release(current, item.name, 'sector');
      const mine = topCell(bySchool.groups.find((g) => g.key === own));
      const sector = topCell(bySector.groups.find((g) => g.key === school.sector));
      const total = topCell(bySchool.total);
      const before = previous
        ? topCell(release(previous, item.name, 'school').groups.find((g) => g.key === own))
        : null;
      const shown = (f: { n: Cell; top: Cell }) => f.n.suppressed === false && (f.n.value ?? 0) > 0;
      const against = (other: { n: Cell; top: Cell }, words: { higher: string; lower: string }) =>
        shown(mine) && shown(other)
          ? compareShares(mine.top.value!, mine.n.value!, other.top.value!, other.n.value!, words)
          : null;
      return {
        name: item.name,
        title: item.title,
        school: figure(mine),
        organisation: { ...figure(total), comparison: against(total, { higher: 'hoger', lower: 'lager' }) },
        sector: { ...figure(sector), comparison: against(sector, { higher: 'hoger', lower: 'lager' }) },
        previous: before
          ? { ...figure(before), comparison: against(before, { higher: 'gestegen', lower: 'gedaald' }) }
          : null,
      };
    }),
  };
}
