import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../deps.ts';
import { limitBody } from '../http/body-limit.ts';
import { parseJson, parseQuery, parseWith } from '../validation.ts';
import { addVersion, createSurvey, editDraft, listSurveys, publishVersion, surveyWithVersions } from './service.ts';
import { validateDefinitionOffThread } from './validate-off-thread.ts';

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
const idParam = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const organisationQuery = z.object({ organisation: z.string().min(1).max(64) });

/** Researchers' questionnaire routes under /api/surveys. */
export function createSurveyRoutes() {
  return new Hono<AppEnv>()
    .use(definitionLimit)
    .post('/validate', async (c) => {
      const body = await parseJson(c, definitionBody);
      const result = await validateDefinitionOffThread(body.definition);
      return c.json({ problems: result.ok ? [] : result.problems });
    })
    .post('/', async (c) => {
      const body = await parseJson(c, surveyBody);
      return c.json(await createSurvey(c.get('deps').db, c.get('user'), body), 201);
    })
    .get('/', async (c) => {
      const { organisation } = parseQuery(c, organisationQuery);
      return c.json({ surveys: await listSurveys(c.get('deps').db, c.get('user'), organisation) });
    })
    .get('/:id', async (c) => {
      const { id } = parseWith(idParam, c.req.param());
      return c.json(await surveyWithVersions(c.get('deps').db, c.get('user'), id));
    })
    .post('/:id/versions', async (c) => {
      const { id } = parseWith(idParam, c.req.param());
      const body = await parseJson(c, definitionBody);
      return c.json(await addVersion(c.get('deps').db, c.get('user'), id, body.definition), 201);
    });
}

/** Routes on one version under /api/survey-versions: edit a draft, publish (immutable after). */
export function createSurveyVersionRoutes() {
  return new Hono<AppEnv>()
    .use(definitionLimit)
    .put('/:id', async (c) => {
      const { id } = parseWith(idParam, c.req.param());
      const body = await parseJson(c, definitionBody);
      return c.json(await editDraft(c.get('deps').db, c.get('user'), id, body.definition));
    })
    .post('/:id/publish', async (c) => {
      const { id } = parseWith(idParam, c.req.param());
      return c.json(await publishVersion(c.get('deps').db, c.get('user'), id));
    });
}
