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
        summary: 'Besturen en scholen van een organisatie',
        description:
          'Het beheerdersoverzicht van één organisatie: de besturen en scholen met sector, leerlingen en of ze gesloten zijn. Alleen voor beheerders van de organisatie.',
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
        summary: 'Scholen inlezen uit DUO',
        description:
          'Besturen en scholen uit de open-databestanden van DUO (base64), desgewenst met leerlingaantallen; meldt toegevoegde, gewijzigde, ongewijzigde en ontbrekende scholen. Met `dryRun` wordt niets weggeschreven; anders alle rijen of niets. Hoogstens 40 MB. Komt in het logboek.',
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
        summary: 'Een school wijzigen',
        description:
          'Wijzigt de naam, sector, het leerlingaantal van een school of of hij gesloten is; het antwoord bevat de besturen en scholen van de organisatie. Komt in het logboek.',
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
        summary: 'Een bestuur toevoegen',
        description: 'Voegt een schoolbestuur toe onder de organisatie. Komt in het logboek.',
        params: slugParam,
        responses: { 201: { description: 'Het toegevoegde bestuur.' } },
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
        summary: 'Instellingen van de organisatie',
        description:
          'De instellingen van de organisatie (minimale groepsgrootte voor gepubliceerde cijfers, talen voor respondenten, bewaartermijn in jaren; een bestuur zonder eigen instelling neemt die van zijn SWV) en de minimale groepsgrootte van de installatie.',
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
        summary: 'Instellingen van de organisatie wijzigen',
        description:
          'Slaat de instellingen van de organisatie op: minimale groepsgrootte (5–100, of null voor die van de installatie), talen voor respondenten (Nederlands altijd erbij) en bewaartermijn in jaren. Komt in het logboek.',
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
