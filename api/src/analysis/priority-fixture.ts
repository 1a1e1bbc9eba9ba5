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
