import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import { GraphQLError, Kind, type ValueNode } from 'graphql';
import type { Context } from './context.js';

// Sets up Pothos and its plugins; defines no domain types (they live in api/schema/, one file
// per domain), only the scalars and what every connection shares.

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: unknown): string {
  // a real day: "2024-02-30" parses in JavaScript (as March 1st), so it must read back the same
  const day = typeof value === 'string' && DATE.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw new GraphQLError('Date must be YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
    throw new GraphQLError('DateTime must be ISO 8601', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

/**
 * A literal in the document: only a string can be a date. Taking the node alone (graphql-js's
 * default also takes the variables) lets graphql-jit compile it without a warning: a date
 * literal never holds a variable.
 */
const fromLiteral = (parse: (v: unknown) => string) => (node: ValueNode) => parse(node.kind === Kind.STRING ? node.value : null);

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: string; Output: string };
  };
  // Every connection counts its results lazily: the count query runs only when selected.
  Connection: { totalCount: () => Promise<number> };
}>({
  plugins: [RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodesQueryOptions: false,
  },
});

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'All results of the query, ignoring pagination (an extra query: select only when needed).',
    resolve: (c) => c.totalCount(),
  }),
);

builder.scalarType('Date', {
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (v) => String(v).slice(0, 10),
  parseValue: parseDate,
  parseLiteral: fromLiteral(parseDate),
});

builder.scalarType('DateTime', {
  description: 'An ISO 8601 date-time.',
  serialize: (v) => {
    const d = new Date(String(v));
    return Number.isNaN(d.getTime()) ? String(v) : d.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral: fromLiteral(parseDateTime),
});

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
