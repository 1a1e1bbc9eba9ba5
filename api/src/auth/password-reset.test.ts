import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import {
  type AccessFixture,
  bodyOf,
  fixturePassword,
  loginAs,
  seedAccessFixture,
} from '../test-support/access-fixture.ts';
import { createSmtpMailer } from './mailer.ts';

const json = { 'content-type': 'application/json' };
const newPassword = 'paarse-olifant-danst-op-het-dak';

interface ReceivedMail {
  to: string[];
  text: string;
}

/** A real SMTP server on a free local port that keeps what it receives, quoted-printable decoded. */
async function startSmtpServer() {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('latin1');
        const decoded = Buffer.from(
          raw
            .replace(/=\r?\n/g, '')
            .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          'latin1',
        ).toString('utf8');
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), text: decoded });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { mails, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function waitFor<T>(read: () => T | undefined, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe.each(testEngines)('password reset by e-mail link [%s]', (engine) => {
  let t: TestDatabase;
  let fixture: AccessFixture;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    fixture = await seedAccessFixture(t.db);
    smtp = await startSmtpServer();
    const mailer = createSmtpMailer({
      smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
      from: 'Klankbord <no-reply@klankbord.example>',
      publicUrl: 'https://klankbord.example.nl/',
    });
    app = createApp({ db: t.db, engine: t.engine, minCellSize: 10, mailer });
  });
  afterAll(async () => {
    await smtp.close();
    await t.close();
  });

  const ask = (email: string) =>
    app.request('http://localhost/api/auth/password-reset/request', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email }),
    });
  const reset = (token: string, password = newPassword) =>
    app.request('http://localhost/api/auth/password-reset', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ token, newPassword: password }),
    });
  const login = (email: string, password: string) =>
    app.request('http://localhost/api/auth/login', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email, password }),
    });
  const tokenOf = (mail: ReceivedMail) => /wachtwoord-herstellen#token=([\w-]+)/.exec(mail.text)?.[1] ?? '';

  it('says the installation resets by e-mail', async () => {
    const res = await app.request('http://localhost/api/auth/password-reset');
    expect(await bodyOf(res)).toEqual({ byEmail: true });
  });

  it('mails a link to the public address that sets a new password once; the old password and sessions end', async () => {
    const email = fixture.emails.researcher;
    const session = await loginAs(app, email);
    const before = smtp.mails.length;
    const res = await ask('Researcher@Eigen.example');
    expect(res.status).toBe(202);
    const mail = await waitFor(() => smtp.mails[before]);
    expect(mail.to).toEqual([email]);
    expect(mail.text).toContain('Nieuw wachtwoord kiezen voor Klankbord');
    expect(mail.text).toContain('https://klankbord.example.nl/wachtwoord-herstellen#token=');
    const token = tokenOf(mail);
    expect(token.length).toBeGreaterThanOrEqual(40);
    // Only a hash of the token is stored.
    const stored = await t.db.selectFrom('password_reset_tokens').select('token_hash').execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(token);

    expect((await reset(token)).status).toBe(204);
    expect((await login(email, fixturePassword)).status).toBe(401);
    expect((await login(email, newPassword)).status).toBe(200);
    const me = await app.request('http://localhost/api/auth/me', { headers: session });
    expect(me.status).toBe(401);

    const again = await reset(token, 'nog-een-heel-ander-wachtwoord-42');
    expect(again.status).toBe(410);
    expect((await bodyOf(again)).error.details).toEqual({ reason: 'used' });
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('user_id', '=', fixture.userIds.researcher)
      .where('action', 'like', 'auth.password_reset%')
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['auth.password_reset_by_link', 'auth.password_reset_requested']);
  });

  it('answers an unknown address exactly as a known one, and mails nothing', async () => {
    const before = smtp.mails.length;
    const unknown = await ask('niemand@nergens.example');
    const known = await ask(fixture.emails.board);
    expect(unknown.status).toBe(known.status);
    expect(await unknown.text()).toBe(await known.text());
    await waitFor(() => smtp.mails[before]);
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.mails.slice(before).flatMap((m) => m.to)).toEqual([fixture.emails.board]);
  });

  it('refuses an expired link, a wrong one and a weak password, with a reason', async () => {
    const before = smtp.mails.length;
    await ask(fixture.emails.steunpunt);
    const token = tokenOf(await waitFor(() => smtp.mails[before]));
    const weak = await reset(token, 'wachtwoord12');
    expect(weak.status).toBe(400);
    expect((await bodyOf(weak)).error.details).toHaveProperty('newPassword');
    await sql`update password_reset_tokens set expires_at = now() - interval '1 minute' where used_at is null`.execute(
      t.db,
    );
    const expired = await reset(token);
    expect(expired.status).toBe(410);
    expect((await bodyOf(expired)).error.details).toEqual({ reason: 'expired' });
    const wrong = await reset('a'.repeat(43));
    expect(wrong.status).toBe(410);
    expect((await bodyOf(wrong)).error.details).toEqual({ reason: 'unknown' });
    expect((await login(fixture.emails.steunpunt, fixturePassword)).status).toBe(200);
  });

  it('only the newest link of an account works', async () => {
    const before = smtp.mails.length;
    await ask(fixture.emails.school);
    const first = tokenOf(await waitFor(() => smtp.mails[before]));
    await ask(fixture.emails.school);
    const second = tokenOf(await waitFor(() => smtp.mails[before + 1]));
    expect((await reset(first)).status).toBe(410);
    expect((await reset(second)).status).toBe(204);
  });

  it('sends at most three mails an hour for one account, still answering the same', async () => {
    const before = smtp.mails.length;
    const answers = [];
    for (let i = 0; i < 4; i += 1) answers.push((await ask(fixture.emails.admin)).status);
    expect(answers).toEqual([202, 202, 202, 202]);
    await waitFor(() => smtp.mails[before + 2]);
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.mails.length - before).toBe(3);
  });
});

describe.each(testEngines)('password reset without SMTP_URL [%s]', (engine) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    app = createApp({ db: t.db, engine: t.engine, minCellSize: 10 });
  });
  afterAll(() => t.close());

  it('says there is no reset by e-mail and refuses a request', async () => {
    expect(await bodyOf(await app.request('http://localhost/api/auth/password-reset'))).toEqual({ byEmail: false });
    const res = await app.request('http://localhost/api/auth/password-reset/request', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: 'iemand@example.nl' }),
    });
    expect(res.status).toBe(404);
  });
});
