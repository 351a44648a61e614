import { createHash, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';

// API keys for mutations. Keys are compared as SHA-256 digests (equal length whatever the
// input) with timingSafeEqual, against every configured key without stopping early, so timing
// tells nothing about a key. Keys are never logged.

const digest = (key: string): Buffer => createHash('sha256').update(key, 'utf8').digest();

export type KeyCheck = (authorization: string | null) => boolean;

export function apiKeyChecker(keys: readonly string[]): KeyCheck {
  const digests = keys.map(digest);
  return (authorization) => {
    const m = authorization ? /^Bearer\s+(\S+)\s*$/i.exec(authorization) : null;
    if (!m || digests.length === 0) return false;
    const presented = digest(m[1]!);
    let ok = false;
    for (const d of digests) ok = timingSafeEqual(presented, d) || ok;
    return ok;
  };
}

/** Throws UNAUTHENTICATED unless the request carried a valid API key. */
export function requireApiKey(ctx: { authenticated: boolean }): void {
  if (!ctx.authenticated) {
    throw new GraphQLError('This operation requires an API key: send "Authorization: Bearer <key>".', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
}
