import { defaultCodebook } from '@klankbord/analysis/codebook';
import type { Kysely } from 'kysely';
import { insertCodebook } from '../codebook/queries.ts';
import type { Database } from '../db/database.ts';
import { hashCode, newCode } from '../privacy/codes.ts';
import type { AccessFixture } from '../test-support/access-fixture.ts';

// A hand-made pair of waves for the report mark, the priority matrix and the response rates; the
// expected numbers in report-mark.test.ts are worked out by hand from these answers.
export const markSurvey = {
  pages: [
    {
      elements: [
        { type: 'rating', name: 'cijfer', title: 'Hoe tevreden bent u over de school?', rateMin: 1, rateMax: 4 },
        { type: 'rating', name: 'vei_veilig', title: 'Mijn kind voelt zich veilig.', rateMin: 1, rateMax: 5 },
        { type: 'rating', name: 'com_info', title: 'De informatie is duidelijk.', rateMin: 1, rateMax: 5 },
        { type: 'rating', name: 'pas_hulp', title: 'Mijn kind krijgt hulp op tijd.', rateMin: 1, rateMax: 5 },
        { type: 'comment', name: 'opmerking', title: 'Opmerking' },
      ],
    },
  ],
};

/** 2026, per respondent: [cijfer, vei_veilig, com_info, pas_hulp]. */
export const markAnswers2026 = {
  A: [
    [4, 5, 2, 3],
    [3, 4, 3, 3],
    [3, 4, 2, 4],
    [2, 2, 3, 2],
    [4, 5, 4, 4],
  ],
  B: [
    [2, 3, 4, 2],
    [3, 4, 3, 4],
    [1, 2, 5, 1],
    [2, 3, 4, 3],
  ],
  // Below the minimum of 4: left out of every figure.
  C: [
    [1, 1, 1, 1],
    [1, 1, 1, 1],
  ],
} as const;

/** 2025: the mark only. */
export const markAnswers2025 = { A: [2, 2, 3, 2], B: [1, 2, 2, 1] } as const;

export interface MarkFixture {
  wave2026: number;
  wave2025: number;
  version2026: number;
  version2025: number;
  smallSchoolId: number;
}

export async function seedMarkFixture(db: Kysely<Database>, f: AccessFixture): Promise<MarkFixture> {
  const { id: smallSchoolId } = await db
    .insertInto('schools')
    .values({
      organisation_id: f.own.boardId,
      name: 'School 11AC',
      brin: '11AC',
      sector: 'po',
      municipality: 'Alkmaar',
      pupil_count: 40,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // School B: 4 families, all of whom answered.
  await db.updateTable('schools').set({ pupil_count: 4 }).where('id', '=', f.own.otherSchoolId).execute();
  await insertCodebook(db, defaultCodebook, { active: true });

  const wave = async (year: number) => {
    const { id: surveyId } = await db
      .insertInto('surveys')
      .values({ organisation_id: f.own.swvId, slug: `cijfer-${year}`, title: 'Cijfer', audience: 'ouder' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { id: versionId } = await db
      .insertInto('survey_versions')
      .values({
        survey_id: surveyId,
        version: 1,
        definition: JSON.stringify(markSurvey),
        status: 'published',
        published_at: '2025-01-01T00:00:00Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { id } = await db
      .insertInto('waves')
      .values({
        survey_version_id: versionId,
        organisation_id: f.own.swvId,
        name: `Cijfer ${year}`,
        year,
        audience: 'ouder',
        opens_on: `${year}-03-01`,
        closes_on: `${year}-06-30`,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { waveId: id, versionId };
  };
  const w2025 = await wave(2025);
  const w2026 = await wave(2026);
  const schoolIds = { A: f.own.schoolId, B: f.own.otherSchoolId, C: smallSchoolId };
  const response = (waveId: number, school: keyof typeof schoolIds, answers: Record<string, number>) => ({
    wave_id: waveId,
    school_id: schoolIds[school],
    role: 'ouder' as const,
    locale: 'nl',
    answers: JSON.stringify(answers),
    submitted_on: '2026-04-01',
    status: 'complete' as const,
    receipt_hash: hashCode(newCode()),
  });
  const rows = [
    ...Object.entries(markAnswers2026).flatMap(([school, list]) =>
      list.map(([cijfer, vei, com, pas]) =>
        response(w2026.waveId, school as keyof typeof schoolIds, {
          cijfer: cijfer!,
          vei_veilig: vei!,
          com_info: com!,
          pas_hulp: pas!,
        }),
      ),
    ),
    ...Object.entries(markAnswers2025).flatMap(([school, list]) =>
      list.map((cijfer) => response(w2025.waveId, school as keyof typeof schoolIds, { cijfer })),
    ),
  ];
  await db.insertInto('responses').values(rows).execute();
  return {
    wave2026: w2026.waveId,
    wave2025: w2025.waveId,
    version2026: w2026.versionId,
    version2025: w2025.versionId,
    smallSchoolId,
  };
}

// A questionnaire with explicit importance questions (importance-items.ts) and no report mark; the
// expected matrix in importance.test.ts is worked out by hand from these answers.
const agreement = (name: string, title: string) => ({ type: 'rating', name, title, rateMin: 1, rateMax: 5 });
const importance = (name: string, of: string, title: string) => ({
  type: 'rating',
  name,
  title,
  rateValues: [1, 2, 3, 4],
  importanceOf: of,
});
export const importanceSurvey = {
  pages: [
    {
      elements: [
        agreement('vei_veilig', 'Mijn kind voelt zich veilig.'),
        importance('vei_veilig_belang', 'vei_veilig', 'Hoe belangrijk vindt u dat?'),
        agreement('com_info', 'De informatie is duidelijk.'),
        importance('com_info_belang', 'com_info', 'Hoe belangrijk vindt u dat?'),
        agreement('pas_hulp', 'Mijn kind krijgt hulp op tijd.'),
        importance('pas_hulp_belang', 'pas_hulp', 'Hoe belangrijk vindt u dat?'),
        // No importance question: not in the matrix when the others have one.
        agreement('rel_gehoord', 'De school luistert naar mij.'),
      ],
    },
  ],
};

/** Per respondent: [vei_veilig, its importance, com_info, its importance, pas_hulp, its importance, rel_gehoord]. */
export const importanceAnswers = {
  A: [
    [5, 4, 2, 4, 3, 4, 3],
    [4, 4, 3, 3, 3, 3, 3],
    [4, 3, 2, 4, 4, 4, 3],
    [2, 4, 3, 2, 2, 3, 3],
    [5, 4, 4, 3, 4, 4, 3],
  ],
  B: [
    [3, 4, 4, 4, 2, 4, 3],
    [4, 3, 3, 4, 4, 3, 3],
    [2, 4, 5, 2, 1, 4, 3],
    [3, 2, 4, 4, 3, 2, 3],
  ],
  // Below the minimum of 4: left out of every figure.
  C: [
    [1, 1, 1, 1, 1, 1, 1],
    [1, 1, 1, 1, 1, 1, 1],
  ],
} as const;

export async function seedImportanceFixture(db: Kysely<Database>, f: AccessFixture): Promise<{ wave: number }> {
  const { id: smallSchoolId } = await db
    .insertInto('schools')
    .values({
      organisation_id: f.own.boardId,
      name: 'School 11AD',
      brin: '11AD',
      sector: 'po',
      municipality: 'Alkmaar',
      pupil_count: 40,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertCodebook(db, defaultCodebook, { active: true });
  const { id: surveyId } = await db
    .insertInto('surveys')
    .values({ organisation_id: f.own.swvId, slug: 'belang-2026', title: 'Belang', audience: 'ouder' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const { id: versionId } = await db
    .insertInto('survey_versions')
    .values({
      survey_id: surveyId,
      version: 1,
      definition: JSON.stringify(importanceSurvey),
      status: 'published',
      published_at: '2026-01-01T00:00:00Z',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const { id: wave } = await db
    .insertInto('waves')
    .values({
      survey_version_id: versionId,
      organisation_id: f.own.swvId,
      name: 'Belang 2026',
      year: 2026,
      audience: 'ouder',
      opens_on: '2026-03-01',
      closes_on: '2026-06-30',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const schoolIds = { A: f.own.schoolId, B: f.own.otherSchoolId, C: smallSchoolId };
  const names = ['vei_veilig', 'vei_veilig_belang', 'com_info', 'com_info_belang', 'pas_hulp', 'pas_hulp_belang'];
  await db
    .insertInto('responses')
    .values(
      Object.entries(importanceAnswers).flatMap(([school, list]) =>
        list.map((values) => ({
          wave_id: wave,
          school_id: schoolIds[school as keyof typeof schoolIds],
          role: 'ouder' as const,
          locale: 'nl',
          answers: JSON.stringify(Object.fromEntries([...names, 'rel_gehoord'].map((n, k) => [n, values[k]]))),
          submitted_on: '2026-04-01',
          status: 'complete' as const,
          receipt_hash: hashCode(newCode()),
        })),
      ),
    )
    .execute();
  return { wave };
}
