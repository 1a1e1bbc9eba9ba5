import type { Transaction } from 'kysely';
import type { Database, SignalChannel, SignalOutcome } from '../db/database.ts';
import type { Random } from '../synthetic/random.ts';
import type { SeededSchool } from './seed-demo.ts';

// Steunpunt questions lean to transitions and extra support, as the Noord-Kennemerland steunpunt reports.
const themeWeights: [string, number][] = [
  ['OVG', 22],
  ['PAS', 30],
  ['COM', 10],
  ['REL', 8],
  ['VEI', 8],
  ['GSP', 6],
  ['WLB', 6],
  ['TAAL', 4],
  ['KOS', 2],
  ['ROL', 2],
  ['PRV', 2],
];
const channels: SignalChannel[] = ['telefoon', 'e-mail', 'oudercafe', 'huisbezoek', 'anders'];
const outcomes: SignalOutcome[] = [
  'beantwoord',
  'doorverwezen_school',
  'doorverwezen_swv',
  'doorverwezen_onderwijsconsulent',
  'doorverwezen_anders',
];

export async function seedDemoSignals(
  tx: Transaction<Database>,
  context: { swvId: number; schools: SeededSchool[]; random: Random; steunpuntUserId: number },
): Promise<void> {
  const { swvId, schools, random, steunpuntUserId } = context;
  const rows = [];
  for (const [year, count] of [
    [2025, 140],
    [2026, 120],
  ] as const) {
    for (let i = 0; i < count; i++) {
      const month = random.int(1, year === 2026 ? 11 : 12);
      const first = random.weighted(
        themeWeights.map(([c]) => c),
        themeWeights.map(([, w]) => w),
      );
      const second = random.chance(0.35)
        ? random.weighted(
            themeWeights.map(([c]) => c),
            themeWeights.map(([, w]) => w),
          )
        : first;
      const school = random.chance(0.5) ? random.pick(schools) : undefined;
      rows.push({
        organisation_id: swvId,
        school_id: school?.id ?? null,
        signalled_on: `${year}-${String(month).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
        channel: random.weighted(channels, [50, 30, 10, 5, 5]),
        asker_role: random.weighted(['ouder', 'jongere', 'professional'] as const, [80, 8, 12]),
        sector: school?.sector ?? random.pick(['po', 'vo', 'so', 'sbo'] as const),
        themes: [...new Set([first, second])],
        outcome: random.weighted(outcomes, [55, 20, 12, 8, 5]),
        created_by: steunpuntUserId,
      });
    }
  }
  await tx.insertInto('signals').values(rows).execute();
}
