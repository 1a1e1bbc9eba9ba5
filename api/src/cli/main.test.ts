import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../..', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');

/** Runs `klankbord <args>` as a user would, returning exit code and output instead of throwing. */
async function klankbord(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(tsx, ['api/src/cli/main.ts', ...args], {
      cwd: root,
      env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the klankbord command line', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'klankbord-cli-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('names the variable that is wrong and exits 1', async () => {
    const result = await klankbord(['migrate'], { DATABASE_URL: 'mysql://x' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('DATABASE_URL: must start with postgres://');
  });

  it('says clearly that a DATABASE_URL cannot be reached, without a stack trace', async () => {
    const result = await klankbord(['migrate'], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Cannot connect to the database in DATABASE_URL/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('migrates the embedded database, loads the demo, and creates an account with a one-time password', async () => {
    const env = { DATA_DIR: dataDir, DEMO_PASSWORD: 'cli-demo-password' };
    const migrated = await klankbord(['migrate'], env);
    expect(migrated.stdout).toMatch(/Applied \d+ migration\(s\) on pglite/);
    const seeded = await klankbord(['seed:demo'], env);
    expect(seeded.stdout).toContain('admin@demo.klankbord.nl');
    const created = await klankbord(
      ['user:create', '--email', 'nieuw@demo.klankbord.nl', '--role', 'researcher', '--organisation', 'demo'],
      env,
    );
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/One-time password: [a-z2-9]{4}-/);
    const twice = await klankbord(
      ['user:create', '--email', 'nieuw@demo.klankbord.nl', '--role', 'researcher', '--organisation', 'demo'],
      env,
    );
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('exists already');
    const unknown = await klankbord(
      ['user:create', '--email', 'x@y.nl', '--role', 'koning', '--organisation', 'demo'],
      env,
    );
    expect(unknown.stderr).toContain('--role must be one of');
  }, 120_000);

  it('dispatches the text commands, which read JSON lines from stdin', async () => {
    for (const command of ['classify', 'redact']) {
      const result = await klankbord([command, '--help'], {});
      expect(result.code, command).toBe(0);
      expect(result.stdout, command).toContain(`klankbord ${command}`);
    }
  });

  it('explains an unknown command with the usage', async () => {
    const result = await klankbord(['vlieg'], {});
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Unknown command "vlieg"');
    expect(result.stderr).toContain('seed:synthetic');
  });
});
