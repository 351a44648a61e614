import { z } from 'zod';

// The environment, parsed once at the edge (server.ts / cli.ts) and passed down as plain values.

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const port = (fallback: number) =>
  z.coerce.number().int().min(0).max(65535).default(fallback);

const megabytes = (fallback: number, min: number) =>
  z.coerce.number().int().min(min).max(65536).default(fallback);

export const ConfigSchema = z
  .object({
    NEO4J_URI: optionalText.pipe(
      z
        .string()
        .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must be a bolt://, neo4j://, bolt+s:// or neo4j+s:// URI')
        .optional(),
    ),
    NEO4J_USERNAME: optionalText,
    NEO4J_PASSWORD: optionalText,
    NEO4J_DATABASE: optionalText,
    PORT: port(4000),
    HOST: z.string().trim().min(1).default('127.0.0.1'),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    DATA_DIR: z.string().trim().min(1).default('.data'),
    NEO4J_EMBEDDED_PORT: port(7687),
    NEO4J_HEAP_MB: megabytes(1024, 256),
    NEO4J_PAGECACHE_MB: megabytes(512, 16),
    API_KEYS: z
      .string()
      .default('')
      .transform((v) => v.split(',').map((k) => k.trim()).filter((k) => k.length > 0))
      .refine((keys) => keys.every((k) => k.length >= 16), 'each key must be at least 16 characters'),
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((v) => v.split(',').map((k) => k.trim()).filter((k) => k.length > 0)),
    QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
    WRITE_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
    SEED_DIR: z.string().trim().min(1).default('seeds'),
    // Fetching pages and feeds (src/web/fetch.ts): private and loopback addresses are refused
    // unless allowed here (an intranet source; the tests' local server).
    FETCH_ALLOW_PRIVATE: z
      .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
      .default('false')
      .transform((v) => v === 'true' || v === '1' || v === 'yes'),
    FETCH_TIMEOUT_MS: z.coerce.number().int().min(1000).max(300_000).default(30_000),
    FETCH_MAX_MB: z.coerce.number().int().min(1).max(100).default(5),
  })
  .superRefine((c, ctx) => {
    if (c.NEO4J_URI && c.NEO4J_PASSWORD && !c.NEO4J_USERNAME) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_USERNAME'], message: 'is required when NEO4J_PASSWORD is set' });
    }
  });

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parse and validate the environment; every problem is listed at once. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}`);
  throw new ConfigError(problems);
}

/** The fetch limits the configuration sets (the others keep their defaults). */
export function fetchLimits(c: Pick<Config, 'FETCH_ALLOW_PRIVATE' | 'FETCH_TIMEOUT_MS' | 'FETCH_MAX_MB'>) {
  return { allowPrivate: c.FETCH_ALLOW_PRIVATE, totalTimeoutMs: c.FETCH_TIMEOUT_MS, maxBytes: c.FETCH_MAX_MB * 1024 * 1024 };
}

/** What the graph layer needs to connect: either an external server or the embedded one. */
export interface Neo4jTarget {
  uri: string;
  username?: string;
  password?: string;
  database?: string;
}
