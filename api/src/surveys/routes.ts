import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../deps.ts';
import { limitBody } from '../http/body-limit.ts';
import { jsonBody, parseWith } from '../validation.ts';
import { queryParams } from '../signals/query-params.ts';
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
        summary: 'Een vragenlijst controleren',
        description:
          'De controles van de server op een SurveyJS-definitie (namen, keuzes, generalisatiestappen, talen) zonder die te bewaren.',
        body: definitionBody,
      }),
      jsonBody(definitionBody),
      async (c) => {
        const body = c.req.valid('json');
        const result = await validateDefinitionOffThread(body.definition);
        return c.json({ problems: result.ok ? [] : result.problems });
      },
    )
    .post(
      '/',
      describeRoute({
        summary: 'Een vragenlijst maken',
        description: 'Een vragenlijst met zijn eerste conceptversie (SurveyJS-JSON, hoogstens 1 MB).',
        body: surveyBody,
        responses: { 201: { description: 'De vragenlijst en zijn conceptversie.' } },
      }),
      jsonBody(surveyBody),
      async (c) => {
        const body = c.req.valid('json');
        return c.json(await createSurvey(c.get('deps').db, c.get('user'), body), 201);
      },
    )
    .get(
      '/',
      describeRoute({
        summary: 'Vragenlijsten',
        description: 'De vragenlijsten van een organisatie met hun versies.',
        query: organisationQuery,
      }),
      queryParams(organisationQuery),
      async (c) => {
        const { organisation } = c.req.valid('query');
        return c.json({ surveys: await listSurveys(c.get('deps').db, c.get('user'), organisation) });
      },
    )
    .get(
      '/:id',
      describeRoute({
        summary: 'Een vragenlijst',
        description: 'Eén vragenlijst met elke versie en zijn definitie.',
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
        summary: 'Nieuwe versie',
        description: 'Een nieuwe conceptversie van een vragenlijst; gepubliceerde versies veranderen nooit.',
        params: idParam,
        body: definitionBody,
        responses: { 201: { description: 'De nieuwe conceptversie.' } },
      }),
      jsonBody(definitionBody),
      async (c) => {
        const { id } = parseWith(idParam, c.req.param());
        const body = c.req.valid('json');
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
        summary: 'Een concept bewerken',
        description:
          'Vervangt de definitie van een conceptversie (409 als hij gepubliceerd is). Staat de vraag van het rapportcijfer er niet meer in, dan is er geen rapportcijfer meer gekozen (`reportMark` is dan null).',
        params: idParam,
        body: definitionBody,
      }),
      jsonBody(definitionBody),
      async (c) => {
        const { id } = parseWith(idParam, c.req.param());
        const body = c.req.valid('json');
        return c.json(await editDraft(c.get('deps').db, c.get('user'), id, body.definition));
      },
    )
    .post(
      '/:id/publish',
      describeRoute({
        summary: 'Een versie publiceren',
        description:
          'Maakt een conceptversie definitief, zodat metingen hem kunnen gebruiken; daarna kan hij niet meer veranderen.',
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
        summary: 'Het rapportcijfer kiezen',
        description:
          'Wijst de vraag aan waarvan de antwoorden het rapportcijfer zijn: een beoordeling van 1 tot 10 zoals hij is, een andere getallenschaal omgerekend naar 1–10 (een vraag met 4 punten als 3 × gemiddelde − 2, zoals Vensters doet); null voor geen. Mag op een gepubliceerde versie.',
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
