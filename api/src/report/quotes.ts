import { createRedactor } from '@klankbord/analysis/redaction';
import type { Kysely } from 'kysely';
import type { Database, RespondentRole, Sector } from '../db/database.ts';
import { schoolNamesUnder } from '../organisations/hierarchy.ts';
import { decisionsOf, redactWithDecisions } from '../redaction-review/decisions.ts';
import type { AudienceSection } from './audience-section.ts';
import { quoteCandidates } from './report-queries.ts';

export interface Quote {
  theme: string;
  themeLabel: string;
  audience: RespondentRole;
  sector: Sector | null;
  text: string;
  locale: string;
}

const topThemesPerAudience = 3;
const quotesPerTheme = 2;
const maxQuoteLength = 600;

/**
 * At most two quotes per top theme of each audience: consented and approved stories only, redacted
 * (school names of the organisation as known names), only from a role × sector group of at least the
 * minimum cell size and never from a school whose figures are hidden. The school is not named.
 */
export async function selectQuotes(
  db: Kysely<Database>,
  input: {
    organisationId: number;
    scope: { waveIds: number[]; organisationIds: number[]; includeUnknownSchool: boolean };
    audiences: AudienceSection[];
    minimum: number;
  },
): Promise<Quote[]> {
  const candidates = await quoteCandidates(db, input.scope);
  if (candidates.length === 0) return [];
  const redact = createRedactor({ knownNames: await schoolNamesUnder(db, input.organisationId) });
  // Words a researcher decided to redact in a story are redacted in its quote too (issue 19).
  const decisions = await decisionsOf(
    db,
    candidates.map((c) => Number(c.id)),
  );
  const hiddenSchools = await hiddenSchoolIds(db, input.audiences);
  const used = new Set<number>();
  const quotes: Quote[] = [];
  for (const audience of input.audiences) {
    const eligible = candidates.filter(
      (c) =>
        c.role === audience.audience &&
        c.group_size >= input.minimum &&
        (c.school_id === null || !hiddenSchools.has(c.school_id)),
    );
    for (const theme of audience.themes.items.filter((t) => t.stories !== null).slice(0, topThemesPerAudience)) {
      const chosen = eligible.filter((c) => c.themes.includes(theme.code) && !used.has(c.id)).slice(0, quotesPerTheme);
      for (const c of chosen) {
        used.add(c.id);
        const text = redactWithDecisions(redact, c.text, decisions.get(Number(c.id))).text.trim();
        quotes.push({
          theme: theme.code,
          themeLabel: theme.label,
          audience: audience.audience,
          sector: c.sector,
          locale: c.locale,
          text: text.length > maxQuoteLength ? `${text.slice(0, maxQuoteLength).replace(/\s+\S*$/, '')} …` : text,
        });
      }
    }
  }
  return quotes;
}

/** Schools whose respondent count is hidden in a wave of the report: no quote may point at them. */
async function hiddenSchoolIds(db: Kysely<Database>, audiences: AudienceSection[]): Promise<Set<number>> {
  const names = new Set(audiences.flatMap((a) => a.schools.filter((s) => s.note !== null).map((s) => s.name)));
  if (names.size === 0) return new Set();
  const rows = await db
    .selectFrom('schools')
    .select('id')
    .where('name', 'in', [...names])
    .execute();
  return new Set(rows.map((r) => r.id));
}
