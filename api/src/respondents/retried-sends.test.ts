import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { type TestDatabase, testEngines } from '../db/test-database.ts';
import { hashCode } from '../privacy/codes.ts';
import { bodyOf } from '../test-support/access-fixture.ts';
import { demoDatabaseAndApp, json, respondentRowCounts, validParentAnswers } from './test-helpers.ts';

const url = (path: string) => `http://localhost/api/public${path}`;
const newSubmissionId = () => randomBytes(16).toString('base64url');

describe.each(testEngines)(
  'a send retried after a lost connection, and invitations checked on opening [%s]',
  (engine) => {
    let t: TestDatabase;
    let app: ReturnType<typeof createApp>;
    let schoolId: number;
    let waveId: number;
    beforeAll(async () => {
      ({ t, app } = await demoDatabaseAndApp(engine));
      schoolId = (await t.db.selectFrom('schools').select('id').where('brin', '=', '91AA').executeTakeFirstOrThrow())
        .id;
      waveId = (
        await t.db
          .selectFrom('open_links')
          .select('wave_id')
          .where('code', '=', 'demo-ouders')
          .executeTakeFirstOrThrow()
      ).wave_id;
    }, 120_000);
    afterAll(() => t.close());

    const submit = (body: Record<string, unknown>) =>
      app.request(url('/responses'), json({ locale: 'nl', role: 'ouder', complete: true, ...body }));
    const invite = async (token: string, used = false) =>
      t.db
        .insertInto('invitations')
        .values({ wave_id: waveId, school_id: schoolId, token_hash: hashCode(token), used })
        .execute();

    it('stores a send once however often it arrives, and answers every copy with the same receipt code', async () => {
      const before = await respondentRowCounts(t.db);
      const body = { code: 'demo-ouders', schoolId, answers: validParentAnswers(), submissionId: newSubmissionId() };
      const first = await submit(body);
      expect(first.status).toBe(201);
      const { receiptCode } = await bodyOf(first);
      for (let i = 0; i < 3; i++) {
        const again = await submit(body);
        expect(again.status).toBe(201);
        expect(await bodyOf(again)).toEqual({ receiptCode });
      }
      expect((await respondentRowCounts(t.db)).responses).toBe(before.responses + 1);
      // Another send (another id) with the same answers is another parent: stored too.
      expect((await submit({ ...body, submissionId: newSubmissionId() })).status).toBe(201);
      expect((await respondentRowCounts(t.db)).responses).toBe(before.responses + 2);
    });

    it('stores copies that arrive at the same time once', async () => {
      const before = await respondentRowCounts(t.db);
      const body = { code: 'demo-ouders', schoolId, answers: validParentAnswers(), submissionId: newSubmissionId() };
      const results = await Promise.all(Array.from({ length: 6 }, async () => submit(body)));
      expect(results.map((r) => r.status)).toEqual(Array(6).fill(201));
      const codes = new Set(await Promise.all(results.map(async (r) => (await bodyOf(r)).receiptCode)));
      expect(codes.size).toBe(1);
      expect((await respondentRowCounts(t.db)).responses).toBe(before.responses + 1);
    });

    it('answers a retried invitation send with its receipt instead of "already used"', async () => {
      await invite('RETR-YTOK-EN22');
      const body = { token: 'RETR-YTOK-EN22', answers: validParentAnswers(), submissionId: newSubmissionId() };
      const first = await bodyOf(await submit(body));
      const retry = await submit(body);
      expect(retry.status).toBe(201);
      expect(await bodyOf(retry)).toEqual(first);
      // Without the id of that send, the used invitation is refused as before.
      const other = await submit({ ...body, submissionId: newSubmissionId() });
      expect(other.status).toBe(409);
    });

    it('gives a retried "save for later" the same resume code, and its completion the same receipt code', async () => {
      const saveId = newSubmissionId();
      const partial = { code: 'demo-ouders', schoolId, complete: false, answers: { ach_schoolsoort: 'po' } };
      const saved = await bodyOf(await submit({ ...partial, submissionId: saveId }));
      expect(await bodyOf(await submit({ ...partial, submissionId: saveId }))).toEqual(saved);
      const finish = { resumeCode: saved.resumeCode, answers: validParentAnswers(), submissionId: newSubmissionId() };
      const done = await bodyOf(await submit(finish));
      expect(done).toEqual({ receiptCode: saved.receiptCode });
      // The partial is complete now; the retried completion still gets its receipt, not "unknown resume code".
      expect(await bodyOf(await submit(finish))).toEqual(done);
    });

    it('refuses a malformed submission id', async () => {
      const res = await submit({ code: 'demo-ouders', schoolId, answers: validParentAnswers(), submissionId: 'short' });
      expect(res.status).toBe(400);
      expect((await bodyOf(res)).error.details.submissionId).toBeDefined();
    });

    it('tells on opening whether an invitation can be used: 204, unknown 404, used 409', async () => {
      await invite('OPEN-FRES-H222');
      await invite('OPEN-USED-2222', true);
      expect((await app.request(url('/invitations/open-fres-h222'))).status).toBe(204);
      const unknown = await app.request(url('/invitations/NOPE-NOPE-NOPE'));
      expect(unknown.status).toBe(404);
      expect((await bodyOf(unknown)).error.message).toContain('bestaat niet');
      const used = await app.request(url('/invitations/OPEN-USED-2222'));
      expect(used.status).toBe(409);
      expect((await bodyOf(used)).error.message).toContain('al gebruikt');
      // Asking does not use it up.
      expect((await app.request(url('/invitations/OPEN-FRES-H222'))).status).toBe(204);
    });
  },
);
