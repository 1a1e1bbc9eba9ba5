import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../deps.ts';
import { limitBody } from '../http/body-limit.ts';
import { describeRoute } from '../openapi/describe-route.ts';
import { jsonBody, parseWith } from '../validation.ts';
import { addBoard, organisationRegistry, updateSchool } from './registry.ts';
import { importSchools } from './school-import.ts';
import { organisationInScope } from './scope.ts';
import { saveSettings, settingsOf, settingsSchema } from './settings.ts';

const sector = z.enum(['po', 'vo', 'so', 'sbo', 'mbo']);
const slugParam = z.object({ slug: z.string().min(1).max(64) });
const schoolParam = slugParam.extend({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const base64 = z
  .string()
  .max(28_000_000)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');
const importBody = z.object({
  schools: base64.min(1),
  pupils: base64.optional(),
  sector: sector.optional(),
  dryRun: z.boolean(),
});
const schoolPatch = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    sector: sector.optional(),
    pupils: z.number().int().min(0).max(100_000).nullable().optional(),
    closed: z.boolean().optional(),
  })
  .strict();
const boardBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    slug: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/),
    duoNumber: z
      .string()
      .regex(/^[0-9]{1,10}$/)
      .optional(),
  })
  .strict();

// DUO files of a whole sector run to a few MB; base64 adds a third.
const importLimit = limitBody(40 * 1024 * 1024, 'The files are too large (at most 40 MB together).');

/** The admin's screen of one organisation: its boards and schools, DUO import, settings. All audit-logged. */
export function createRegistryRoutes() {
  return new Hono<AppEnv>()
    .get(
      '/:slug/registry',
      describeRoute({
        summary: 'Boards and schools of an organisation',
        description:
          "An admin's view of one organisation: its boards and schools with sector, pupils and whether they are closed. Admins of the organisation only.",
        params: slugParam,
      }),
      async (c) => {
        const { db } = c.get('deps');
        const { slug } = parseWith(slugParam, c.req.param());
        return c.json(await organisationRegistry(db, await organisationInScope(db, c.get('user'), slug, ['admin'])));
      },
    )
    .post(
      '/:slug/schools/import',
      describeRoute({
        summary: 'Import schools from DUO',
        description:
          "Boards and schools from DUO's open-data files (base64), optionally with pupil counts; reports added, updated, unchanged and missing schools. With dryRun nothing is written; otherwise all rows or nothing. At most 40 MB. Audit-logged.",
        params: slugParam,
      }),
      importLimit,
      jsonBody(importBody),
      async (c) => {
        const { db } = c.get('deps');
        const { slug } = parseWith(slugParam, c.req.param());
        const organisation = await organisationInScope(db, c.get('user'), slug, ['admin']);
        const body = c.req.valid('json');
        const report = await importSchools(
          db,
          organisation,
          {
            schools: Buffer.from(body.schools, 'base64'),
            pupils: body.pupils ? Buffer.from(body.pupils, 'base64') : undefined,
            sector: body.sector,
          },
          { dryRun: body.dryRun, userId: c.get('user').id, via: 'web' },
        );
        return c.json(report);
      },
    )
    .patch(
      '/:slug/schools/:id',
      describeRoute({
        summary: 'Change a school',
        description:
          "Changes a school's name, sector, pupil count or whether it is closed; answers with the organisation's boards and schools. Audit-logged.",
        params: schoolParam,
      }),
      jsonBody(schoolPatch),
      async (c) => {
        const { db } = c.get('deps');
        const { slug, id } = parseWith(schoolParam, c.req.param());
        const organisation = await organisationInScope(db, c.get('user'), slug, ['admin']);
        await updateSchool(db, organisation, id, c.req.valid('json'), c.get('user').id);
        return c.json(await organisationRegistry(db, organisation));
      },
    )
    .post(
      '/:slug/boards',
      describeRoute({
        summary: 'Add a board',
        description: 'Adds a school board (bestuur) under the organisation. Audit-logged.',
        params: slugParam,
        responses: { 201: { description: 'The board added.' } },
      }),
      jsonBody(boardBody),
      async (c) => {
        const { db } = c.get('deps');
        const { slug } = parseWith(slugParam, c.req.param());
        const organisation = await organisationInScope(db, c.get('user'), slug, ['admin']);
        return c.json(await addBoard(db, organisation, c.req.valid('json'), c.get('user').id), 201);
      },
    )
    .get(
      '/:slug/settings',
      describeRoute({
        summary: 'Organisation settings',
        description:
          "The organisation's settings (minimum group size for published figures, respondent languages, retention in years; a board without its own takes its SWV's) and the installation's minimum group size.",
        params: slugParam,
      }),
      async (c) => {
        const { db, minCellSize } = c.get('deps');
        const { slug } = parseWith(slugParam, c.req.param());
        const organisation = await organisationInScope(db, c.get('user'), slug, ['admin']);
        return c.json({ ...(await settingsOf(db, organisation)), installationMinimum: minCellSize });
      },
    )
    .put(
      '/:slug/settings',
      describeRoute({
        summary: 'Change organisation settings',
        description:
          "Saves the organisation's settings: minimum group size (5–100, or null for the installation's), respondent languages (Dutch always among them) and retention in years. Audit-logged.",
        params: slugParam,
      }),
      jsonBody(settingsSchema),
      async (c) => {
        const { db } = c.get('deps');
        const { slug } = parseWith(slugParam, c.req.param());
        const organisation = await organisationInScope(db, c.get('user'), slug, ['admin']);
        await saveSettings(db, organisation, c.req.valid('json'), c.get('user').id);
        return c.json(await settingsOf(db, organisation));
      },
    );
}
