import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { schoolsUnder } from '../organisations/hierarchy.ts';
import { offeredLocales, settingsOfId } from '../organisations/settings.ts';
import { assertOpen, linkByCode } from './service.ts';

/** Everything the questionnaire page needs for a link: wave, school (or the schools to pick from), definition. */
export async function linkInfo(db: Kysely<Database>, code: string) {
  const link = await linkByCode(db, code);
  assertOpen(link);
  const [organisation, version, schools] = await Promise.all([
    db
      .selectFrom('organisations')
      .select(['slug', 'name'])
      .where('id', '=', link.organisationId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('survey_versions')
      .select(['definition', 'locales'])
      .where('id', '=', link.versionId)
      .executeTakeFirstOrThrow(),
    schoolsUnder(db, link.organisationId),
  ]);
  const { languages } = await settingsOfId(db, link.organisationId);
  return {
    wave: { id: link.waveId, name: link.waveName, year: link.year, audience: link.audience, closesOn: link.closesOn },
    school: link.linkSchoolId === null ? null : (schools.find((s) => s.id === link.linkSchoolId) ?? null),
    schools,
    organisation,
    // Only the languages the organisation offers its respondents (settings).
    survey: {
      versionId: link.versionId,
      definition: version.definition,
      locales: offeredLocales(version.locales, languages),
    },
  };
}

/** The active codebook as respondents tag with it: theme codes with their B1 labels, tone and kind. */
export async function publicCodebook(db: Kysely<Database>) {
  const codebook = await db
    .selectFrom('codebooks')
    .select(['id', 'version', 'facets'])
    .where('is_active', '=', true)
    .executeTakeFirst();
  if (!codebook) throw new AppError('codebook_missing', {}, 'Er is nog geen codeboek.');
  const themes = await db
    .selectFrom('themes')
    .select(['code', 'respondent_label as respondentLabel'])
    .where('codebook_id', '=', codebook.id)
    .orderBy('position')
    .execute();
  const facet = (name: string) =>
    (codebook.facets[name]?.values ?? []).map((v) => ({ code: v.code, label: v.label_nl }));
  return { id: codebook.id, version: codebook.version, themes, facets: { tone: facet('tone'), kind: facet('kind') } };
}

/** Samenwerkingsverbanden with all their schools: public registry data for telling a story without a link. */
export async function publicOrganisations(db: Kysely<Database>) {
  const swvs = await db
    .selectFrom('organisations')
    .select(['id', 'slug', 'name'])
    .where('kind', '=', 'swv')
    .orderBy('name')
    .execute();
  return Promise.all(
    swvs.map(async (swv) => ({ slug: swv.slug, name: swv.name, schools: await schoolsUnder(db, swv.id) })),
  );
}
