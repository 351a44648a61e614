import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printedSchema, SCHEMA_FILE } from '../../../src/api/print-schema.js';

describe('schema/schema.graphql', () => {
  it('is the printed schema of the code (run `npm run schema:print` when this fails)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printedSchema());
  });

  it('has the query families, the Node interface and the scalars', () => {
    const sdl = printedSchema();
    for (const field of ['node(id: ID!): Node', 'bilateral(', 'eventStats(', 'network(', 'neighbourhood(', 'path(', 'search(', 'events(', 'people(']) {
      expect(sdl).toContain(field);
    }
    expect(sdl).toContain('scalar Date');
    expect(sdl).toContain('scalar DateTime');
    expect(sdl).toMatch(/type Subscription \{\s+"""[^"]*"""\s+eventAdded\(/);
  });
});
