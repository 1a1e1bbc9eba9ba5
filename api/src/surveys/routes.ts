import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../deps.ts';
import { limitBody } from '../http/body-limit.ts';
import { jsonBody, parseJson, parseQuery, parseWith } from '../validation.ts';
import { addVersion, createSurvey, editDraft, listSurveys, publishVersion, surveyWithVersions } from './service.ts';
import { validateDefinitionOffThread } from './validate-off-thread.ts';
import { setReportMark } from './report-mark.ts';
import { describeRoute } from '../openapi/describe-route.ts';

const maxDefinitionBytes = 1024 * 1024;
// Every route here carries a definition at most; app.ts leaves their body limit to this one.
const definitionLimit = limitBody(maxDefinitionBytes, 'The request body is too large (at most 1 MB).');

// A definition arrives as a JSON object or as the text of one (from an editor); both are checked.
const definition = z.union([z.record(z.string(), z.unknown()), z.string().max(maxDefinitionBytes)]);
const surveyBody = z.object({
  organisation: z.string().min(1).max(64),
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'lower-case letters, digits and dashes (2–63)'),
  title: z.string().trim().min(1).max(200),
  audience: z.enum(['ouder', 'jongere']),
  definition,
});
const definitionBody = z.object({ definition });
const reportMarkBody = z.object({ question: z.string().min(1).max(200).nullable() });
const idParam = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const organisationQuery = z.object({ organisation: z.string().min(1).max(64) });

/** Researchers' questionnaire routes under /api/surveys. */
export function createSurveyRoutes() {
  return new Hono<AppEnv>()
    .use(definitionLimit)
    .post(
      '/validate',
      describeRoute({
        summary: 'Check a questionnaire',
        description:
          "The server's checks of a SurveyJS definition (names, choices, generalisation steps, languages) without storing it.",
        body: definitionBody,
      }),
      async (c) => {
        const body = await parseJson(c, definitionBody);
        const result = await validateDefinitionOffThread(body.definition);
        return c.json({ problems: result.ok ? [] : result.problems });
      },
    )
    .post(
      '/',
      describeRoute({
        summary: 'Create a questionnaire',
        description: 'A questionnaire with its first draft version (SurveyJS JSON, at most 1 MB).',
        body: surveyBody,
        responses: { 201: { description: 'The questionnaire and its draft version.' } },
      }),
      async (c) => {
        const body = await parseJson(c, surveyBody);
        return c.json(await createSurvey(c.get('deps').db, c.get('user'), body), 201);
      },
    )
    .get(
      '/',
      describeRoute({
        summary: 'Questionnaires',
        description: 'The questionnaires of an organisation with their versions.',
        query: organisationQuery,
      }),
      async (c) => {
        const { organisation } = parseQuery(c, organisationQuery);
        return c.json({ surveys: await listSurveys(c.get('deps').db, c.get('user'), organisation) });
      },
    )
    .get(
      '/:id',
      describeRoute({
        summary: 'A questionnaire',
        description: 'One questionnaire with every version and its definition.',
        params: idParam,
      }),
      async (c) => {
        const { id } = parseWith(idParam, c.req.param());
        return c.json(await surveyWithVersions(c.get('deps').db, c.get('user'), id));
      },
    )
    .post(
      '/:id/versions',
      describeRoute({
        summary: 'New version',
        description: 'A new draft version of a questionnaire; published versions never change.',
        params: idParam,
        body: definitionBody,
        responses: { 201: { description: 'The new draft version.' } },
      }),
      async (c) => {
        const { id } = parseWith(idParam, c.req.param());
        const body = await parseJson(c, definitionBody);
        return c.json(await addVersion(c.get('deps').db, c.get('user'), id, body.definition), 201);
      },
    );
}

/** Routes on one version under /api/survey-versions: edit a draft, publish (immutable after). */
export function createSurveyVersionRoutes() {
  return new Hono<AppEnv>()
    .use(definitionLimit)
    .put(
      '/:id',
      describeRoute({
        summary: 'Edit a draft',
        description: 'Replaces the definition of a draft version (409 once published).',
        params: idParam,
        body: definitionBody,
      }),
      async (c) => {
        const { id } = parseWith(idParam, c.req.param());
        const body = await parseJson(c, definitionBody);
        return c.json(await editDraft(c.get('deps').db, c.get('user'), id, body.definition));
      },
    )
    .post(
      '/:id/publish',
      describeRoute({
        summary: 'Publish a version',
        description: 'Makes a draft version final, so waves can use it; it cannot change after this.',
        params: idParam,
      }),
      async (c) => {
        const { id } = parseWith(idParam, c.req.param());
        return c.json(await publishVersion(c.get('deps').db, c.get('user'), id));
      },
    )
    .put(
      '/:id/report-mark',
      describeRoute({
        summary: 'Choose the report mark',
        description:
          'Names the item whose answers are the report mark (rapportcijfer): a 1–10 rating as is, another numeric scale converted to 1–10 (a 4-point item as 3 × mean − 2, as Vensters does); null for none. Allowed on a published version.',
        params: idParam,
      }),
      // The body's type reaches the web's typed client (the questionnaire page chooses the mark).
      jsonBody(reportMarkBody),
      async (c) => {
        const { id } = parseWith(idParam, c.req.param());
        const body = c.req.valid('json');
        return c.json(await setReportMark(c.get('deps').db, c.get('user'), id, body.question));
      },
    );
}
