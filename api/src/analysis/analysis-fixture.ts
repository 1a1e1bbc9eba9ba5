import { defaultCodebook } from '@klankbord/analysis/codebook';
import type { Kysely } from 'kysely';
import { insertCodebook } from '../codebook/queries.ts';
import type { Database } from '../db/database.ts';
import { hashCode, newCode } from '../privacy/codes.ts';
import type { AccessFixture } from '../test-support/access-fixture.ts';

// A hand-made wave whose every count is known: the expected numbers in the tests follow from here.
export const fixtureSurvey = {
  pages: [
    {
      elements: [
        { type: 'rating', name: 'tevreden', title: 'Ik ben tevreden over de school.', rateMin: 1, rateMax: 5 },
        { type: 'radiogroup', name: 'kanaal', title: 'Hoe hoort u van school?', choices: ['app', 'mail'] },
        { type: 'comment', name: 'opmerking', title: 'Opmerking' },
      ],
    },
  ],
};

/** Answers to `tevreden` per school, counts for the values 1..5 (2026 wave). */
export const tevredenCounts = {
  A: [2, 3, 5, 10, 10], // 30 respondents, school 11AA (po, 300 pupils)
  B: [0, 2, 6, 6, 6], // 20 respondents, school 11AB (vo, 300 pupils)
  C: [0, 0, 0, 0, 4], // 4 respondents, school 11AC (po, 40 pupils): below the minimum of 10
} as const;

export interface AnalysisFixture {
  wave2026: number;
  wave2025: number;
  emptyWave: number;
  otherWave: number;
  smallSchoolId: number;
  themes: [string, string, string];
}

export async function seedAnalysisFixture(db: Kysely<Database>, f: AccessFixture): Promise<AnalysisFixture> {
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
  const codebook = await insertCodebook(db, defaultCodebook, { active: true });
  const [t1, t2, t3] = [...codebook.themeIds.keys()] as [string, string, string];

  const wave = async (organisationId: number, year: number, audience: 'ouder' | 'jongere') => {
    const { id: surveyId } = await db
      .insertInto('surveys')
      .values({
        organisation_id: organisationId,
        slug: `s-${organisationId}-${year}-${audience}`,
        title: 'Fixture',
        audience,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { id: versionId } = await db
      .insertInto('survey_versions')
      .values({
        survey_id: surveyId,
        version: 1,
        definition: JSON.stringify(fixtureSurvey),
        status: 'published',
        published_at: '2025-01-01T00:00:00Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { id } = await db
      .insertInto('waves')
      .values({
        survey_version_id: versionId,
        organisation_id: organisationId,
        name: `Fixture ${audience} ${year}`,
        year,
        audience,
        opens_on: `${year}-03-01`,
        closes_on: `${year}-06-30`,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  };
  const wave2025 = await wave(f.own.swvId, 2025, 'ouder');
  const wave2026 = await wave(f.own.swvId, 2026, 'ouder');
  const emptyWave = await wave(f.own.swvId, 2026, 'jongere');
  const otherWave = await wave(f.other.swvId, 2026, 'ouder');

  const schoolIds = { A: f.own.schoolId, B: f.own.otherSchoolId, C: smallSchoolId };
  const responses = Object.entries(tevredenCounts).flatMap(([school, counts]) =>
    counts.flatMap((count, i) =>
      Array.from({ length: count }, (_, k) => ({
        wave_id: wave2026,
        school_id: schoolIds[school as keyof typeof schoolIds],
        role: 'ouder' as const,
        locale: 'nl',
        answers: JSON.stringify({ tevreden: i + 1, kanaal: k % 2 === 0 ? 'app' : 'mail' }),
        submitted_on: '2026-04-01',
        status: 'complete' as const,
        receipt_hash: hashCode(newCode()),
      })),
    ),
  );
  // Partial responses never count, whatever they say.
  const partials = Array.from({ length: 5 }, () => ({
    wave_id: wave2026,
    school_id: schoolIds.A,
    role: 'ouder' as const,
    locale: 'nl',
    answers: JSON.stringify({ tevreden: 1 }),
    submitted_on: '2026-04-01',
    status: 'partial' as const,
    receipt_hash: hashCode(newCode()),
    resume_hash: hashCode(newCode()),
  }));
  await db
    .insertInto('responses')
    .values([...responses, ...partials])
    .execute();

  // Stories: 2026 school A: 12 on t1 only (6 of them coded by consensus as t2 instead), 10 on t1+t3;
  // school C: 3 on t1. 2025 school A: 30 on t3.
  const story = (waveId: number, schoolId: number, themes: string[]) => ({
    organisation_id: f.own.swvId,
    wave_id: waveId,
    school_id: schoolId,
    sector: 'po' as const,
    role: 'ouder' as const,
    text: 'Een verhaal over school dat lang genoeg is.',
    codebook_id: codebook.id,
    self_themes: themes,
    tone: 'positief' as const,
    kind: 'ervaring' as const,
    consent_quote: false,
    consent_research: false,
    locale: 'nl',
    submitted_on: '2026-04-01',
    receipt_hash: hashCode(newCode()),
  });
  const stories = [
    ...Array.from({ length: 12 }, () => story(wave2026, schoolIds.A, [t1])),
    ...Array.from({ length: 10 }, () => story(wave2026, schoolIds.A, [t1, t3])),
    ...Array.from({ length: 3 }, () => story(wave2026, schoolIds.C, [t1])),
    ...Array.from({ length: 30 }, () => story(wave2025, schoolIds.A, [t3])),
  ];
  const ids = await db.insertInto('stories').values(stories).returning('id').execute();
  await db
    .insertInto('codings')
    .values(
      ids.slice(0, 6).map(({ id }) => ({ story_id: id, theme_id: codebook.themeIds.get(t2)!, is_consensus: true })),
    )
    .execute();
  return { wave2026, wave2025, emptyWave, otherWave, smallSchoolId, themes: [t1, t2, t3] };
}
