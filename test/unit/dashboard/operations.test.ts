// 'graphql/index.js', not 'graphql': the schema is built by the CommonJS copy Node loads for Pothos,
// and vite would otherwise hand this file the ESM copy (graphql refuses to mix the two).
import { parse, validate } from 'graphql/index.js';
import { describe, expect, it } from 'vitest';
import { schema } from '../../../src/api/schema/index.js';
import {
  DASHBOARD_OPERATIONS,
  operationHash,
  operationManifest,
  persistedDocument,
} from '../../../src/dashboard/operations.js';

// The persisted operations are the dashboard's whole contract with the API: each must be a
// valid document of the current schema, named as its key, and found again by its hash.

describe('dashboard persisted operations', () => {
  it.each(DASHBOARD_OPERATIONS.map((op) => [op.name, op] as const))('%s parses and validates against the schema', (name, op) => {
    const doc = parse(op.document);
    expect(validate(schema, doc)).toEqual([]);
    const ops = doc.definitions.filter((d) => d.kind === 'OperationDefinition');
    expect(ops).toHaveLength(1);
    expect(ops[0]!.kind === 'OperationDefinition' && ops[0]!.name?.value).toBe(name);
  });

  it('keys each document by the sha256 of its text', () => {
    for (const op of DASHBOARD_OPERATIONS) {
      expect(op.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(op.hash).toBe(operationHash(op.document));
      expect(persistedDocument(op.hash)).toBe(op.document);
    }
    expect(new Set(DASHBOARD_OPERATIONS.map((op) => op.hash)).size).toBe(DASHBOARD_OPERATIONS.length);
  });

  it('finds nothing for an unknown hash', () => {
    expect(persistedDocument(operationHash('{ status { version } }'))).toBeNull();
    expect(persistedDocument('')).toBeNull();
  });

  it('publishes a name -> hash manifest for the page', () => {
    const manifest = operationManifest();
    expect(Object.keys(manifest).sort()).toEqual(DASHBOARD_OPERATIONS.map((op) => op.name).sort());
    expect(manifest.DashBilateral).toBe(DASHBOARD_OPERATIONS.find((op) => op.name === 'DashBilateral')!.hash);
  });
});
