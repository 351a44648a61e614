import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { maskError } from '../../../src/api/errors.js';
import { DatabaseBusyError, DatabaseUnavailableError, mapNeo4jError, QueryTimeoutError } from '../../../src/graph/errors.js';
import { createLogger } from '../../../src/logger.js';
import { GraphQLError } from 'graphql/index.js';

const neo = (code: string, message = 'boom') => new Neo4jError(message, code, '50N42', 'error');

describe('Neo4j errors mapped to domain errors', () => {
  it.each([
    ['ServiceUnavailable', DatabaseUnavailableError],
    ['SessionExpired', DatabaseUnavailableError],
    ['Neo.TransientError.General.DatabaseUnavailable', DatabaseUnavailableError],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', QueryTimeoutError],
    ['Neo.TransientError.Transaction.DeadlockDetected', DatabaseBusyError],
    ['Neo.TransientError.Transaction.LockClientStopped', DatabaseBusyError],
  ])('%s', (code, type) => {
    expect(mapNeo4jError(neo(code))).toBeInstanceOf(type);
  });

  it('leaves other errors as they are', () => {
    const e = neo('Neo.ClientError.Statement.SyntaxError');
    expect(mapNeo4jError(e)).toBe(e);
  });

  it('answers DATABASE_BUSY to the client, with no driver detail', () => {
    const mask = maskError(createLogger('silent'));
    const original = mapNeo4jError(neo('Neo.TransientError.Transaction.DeadlockDetected', 'ForsetiClient[42] deadlock')) as Error;
    const out = mask(new GraphQLError('x', { originalError: original })) as GraphQLError;
    expect(out.extensions.code).toBe('DATABASE_BUSY');
    expect(out.message).not.toMatch(/Forseti|deadlock/i);
  });
});
