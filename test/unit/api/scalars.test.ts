import type { GraphQLScalarType, ValueNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../../src/api/schema/index.js';

// Date and DateTime written as literals in a document: the same rule as in variables, parsed from
// the node alone (graphql-jit warns on every compile of a scalar whose parseLiteral also takes
// the variables, which graphql-js's default does).

const scalar = (name: string) => schema.getType(name) as GraphQLScalarType;
const str = (value: string) => ({ kind: 'StringValue', value }) as ValueNode;

describe('date scalars in document literals', () => {
  it('accept a date string and refuse anything else with the scalar own message', () => {
    expect(scalar('Date').parseLiteral(str('2024-01-31'))).toBe('2024-01-31');
    expect(scalar('DateTime').parseLiteral(str('2024-01-31T10:00:00Z'))).toBe('2024-01-31T10:00:00Z');
    for (const bad of [str('2024-02-30'), str('31/01/2024'), { kind: 'IntValue', value: '20240131' } as ValueNode]) {
      expect(() => scalar('Date').parseLiteral(bad), JSON.stringify(bad)).toThrow(/Date must be YYYY-MM-DD/);
    }
    expect(() => scalar('DateTime').parseLiteral({ kind: 'BooleanValue', value: true } as ValueNode)).toThrow(/DateTime must be ISO 8601/);
  });

  it('parse literals from the node alone', () => {
    for (const name of ['Date', 'DateTime']) expect(scalar(name).parseLiteral.length).toBe(1);
  });
});
