import { GraphQLError } from 'graphql';
import type { Logger } from '../logger.js';

// Errors as clients see them: expected failures keep their message under a stable
// `extensions.code`; anything else is logged here with its detail and masked.

const KNOWN_CODES = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'DATABASE_UNAVAILABLE', 'DATABASE_BUSY', 'QUERY_TIMEOUT']);

// Domain errors from src/graph and src/ingest carry `code`; some map to the API's vocabulary.
const DOMAIN_CODES: Record<string, string> = {
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  DATABASE_BUSY: 'DATABASE_BUSY',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
};

// graphql is loaded both as ESM and CJS by different packages, so instanceof can miss.
const isGraphQLError = (e: unknown): e is GraphQLError => e instanceof GraphQLError || (e as Error | null)?.name === 'GraphQLError';

function domainCode(e: unknown): string | undefined {
  if (e instanceof RangeError) return 'BAD_USER_INPUT';
  // The relay plugin's check of an id argument, e.g. node(id: "'"): the client's mistake.
  if ((e as Error | null)?.name === 'PothosValidationError') return 'BAD_USER_INPUT';
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (DOMAIN_CODES[code]) return DOMAIN_CODES[code];
  return (e as Error).name === 'InvalidArticleError' ? 'BAD_USER_INPUT' : undefined;
}

export function maskError(logger: Logger) {
  return (error: unknown): Error => {
    if (!isGraphQLError(error)) {
      logger.error({ err: error }, 'unexpected error outside execution');
      return new GraphQLError('Unexpected error.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    }
    const original = error.originalError;
    // Parse and validation errors, and GraphQLErrors we threw on purpose, are meant for the client.
    if (!original || isGraphQLError(original)) {
      const code = error.extensions.code;
      if (typeof code === 'string' && (KNOWN_CODES.has(code) || !original)) return error;
      if (!original) return error;
      // graphql-js's own complaint about the client's input (variable coercion, scalar parsing):
      // "Variable "$input" got invalid value 5 at "input.title"".
      if (code === undefined && original.extensions?.code === undefined) {
        return new GraphQLError(error.message, { nodes: error.nodes, path: error.path, extensions: { code: 'BAD_USER_INPUT' } });
      }
    }
    const code = domainCode(original);
    if (code) {
      return new GraphQLError(original!.message, { nodes: error.nodes, path: error.path, extensions: { code } });
    }
    logger.error({ err: original, path: error.path }, 'unexpected error in a resolver');
    return new GraphQLError('Unexpected error.', { nodes: error.nodes, path: error.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  };
}
