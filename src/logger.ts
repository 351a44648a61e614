import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on stdout; `LOG_LEVEL=silent` in tests. Secrets are redacted by path. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'diplograph' },
    redact: { paths: ['req.headers.authorization', 'authorization', 'apiKey', '*.password'], censor: '[redacted]' },
  });
}
