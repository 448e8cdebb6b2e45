/**
 * The server's configuration, read from the environment once at start and checked with zod, so a
 * typo in a variable stops the server with a Norwegian message instead of surprising it later.
 */
import { z } from 'zod';

export type DatabaseConfig = { readonly kind: 'sqlite'; readonly file: string } | { readonly kind: 'postgres'; readonly url: string };

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

// An empty variable (`DATABASE_URL=`) means "not set", as in most shells' habits.
const unsetIfEmpty = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const variable = <T extends z.ZodType>(schema: T) => z.preprocess(unsetIfEmpty, schema);

const origin = z
  .string()
  .trim()
  .refine((s) => /^https?:\/\/[^/\s]+$/.test(s) && URL.canParse(s), {
    message: 'må være en opprinnelse som https://tillegg.example.no (protokoll og vertsnavn, uten sti eller / til slutt)',
  });

const environmentSchema = z.object({
  HOST: variable(z.string().trim().default('127.0.0.1')),
  PORT: variable(
    z.coerce
      .number({ message: 'må være et tall' })
      .int('må være et helt tall')
      .min(0, 'må være fra 0 til 65535')
      .max(65535, 'må være fra 0 til 65535')
      .default(8787),
  ),
  BOSO_DB: variable(z.string().default('data/boso.db')),
  DATABASE_URL: variable(
    z
      .string()
      .trim()
      .refine((s) => /^postgres(ql)?:\/\//.test(s) && URL.canParse(s), { message: 'må være en adresse som postgres://bruker@vert:5432/database' })
      .optional(),
  ),
  BOSO_ALLOWED_ORIGINS: variable(
    z
      .string()
      .transform((s) => s.split(',').filter((o) => o.trim() !== ''))
      .pipe(z.array(origin))
      .default([]),
  ),
  BOSO_LOG_LEVEL: variable(z.enum(LOG_LEVELS, { message: `må være en av ${LOG_LEVELS.join(', ')}` }).default('info')),
});

export interface Config {
  readonly host: string;
  readonly port: number;
  readonly database: DatabaseConfig;
  /** Origins the browser may call the API from (the add-in's); empty means none. */
  readonly allowedOrigins: readonly string[];
  readonly logLevel: (typeof LOG_LEVELS)[number];
}

export type ConfigResult = { readonly ok: true; readonly config: Config } | { readonly ok: false; readonly message: string };

export function loadConfig(env: Readonly<Record<string, string | undefined>>): ConfigResult {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.map(String).join('.')}: ${issue.message}`);
    return {
      ok: false,
      message: `Ugyldig konfigurasjon i miljøvariablene:\n${lines.join('\n')}\nRett variablene (se docs/server.md) og start serveren på nytt.`,
    };
  }
  const e = parsed.data;
  return {
    ok: true,
    config: {
      host: e.HOST,
      port: e.PORT,
      database: e.DATABASE_URL === undefined ? { kind: 'sqlite', file: e.BOSO_DB } : { kind: 'postgres', url: e.DATABASE_URL },
      allowedOrigins: e.BOSO_ALLOWED_ORIGINS.map((o) => o.trim()),
      logLevel: e.BOSO_LOG_LEVEL,
    },
  };
}
