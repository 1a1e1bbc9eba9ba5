import { z } from 'zod';

const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    // Unset: 127.0.0.1 on the embedded database (a laptop or a demo), every interface on a Postgres server
    // install (listenHost below); HOST=0.0.0.0 opens an embedded install to the network on purpose.
    HOST: z.string().min(1).optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
    // false: a fresh embedded database starts empty, for a real organisation set up with `klankbord setup`.
    KLANKBORD_DEMO: z
      .enum(['true', 'false', '1', '0'], 'must be true or false')
      .default('true')
      .transform((v) => v === 'true' || v === '1'),
    MIN_CELL_SIZE: z.coerce.number().int().min(2).max(100).default(10),
    // Days an export's ZIP stays on the server before the retention sweep deletes it (exports/housekeeping.ts).
    EXPORT_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(7),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    // Submissions per minute on the public routes, counted in memory (see respondents/public-rate-limits.ts).
    PUBLIC_RATE_LIMIT_PER_CLIENT: z.coerce.number().int().min(1).default(60),
    PUBLIC_RATE_LIMIT_PER_LINK: z.coerce.number().int().min(1).default(1200),
    // Link lookups that find nothing, per client and minute: guessing link codes (pnpm audit:scan raises it).
    PUBLIC_LINK_MISSES: z.coerce.number().int().min(1).default(30),
    // Password reset by e-mail link (issue 16): off unless SMTP_URL is set; links point at PUBLIC_URL.
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
      .optional(),
    PUBLIC_URL: z
      .string()
      .regex(/^https?:\/\/[^/]+/, 'must be the address people open, e.g. https://klankbord.example.nl')
      .optional(),
    MAIL_FROM: z.string().min(3).optional(),
  })
  .refine((env) => !env.SMTP_URL || env.PUBLIC_URL, {
    // Never the request's Host header: a forged one would mail a link to someone else's site.
    message: 'must be set when SMTP_URL is set (the address reset links point to)',
    path: ['PUBLIC_URL'],
  });

export type Config = z.infer<typeof envSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

/** Reads Klankbord's settings from the environment; empty variables count as unset. */
export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(present);
  if (parsed.success) return { ok: true, config: parsed.data };
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  return { ok: false, message: `Invalid environment variables:\n${lines.join('\n')}` };
}

/** Where the server listens: HOST, else loopback only for the embedded database, else every interface. */
export function listenHost(config: Pick<Config, 'HOST' | 'DATABASE_URL'>): string | undefined {
  return config.HOST ?? (config.DATABASE_URL ? undefined : '127.0.0.1');
}
