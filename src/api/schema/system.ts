import { builder } from '../builder.js';

interface StatusShape {
  version: string;
  database: boolean;
}

const Status = builder.objectRef<StatusShape>('Status').implement({
  description: 'Service health as seen by the API.',
  fields: (t) => ({
    version: t.exposeString('version'),
    database: t.exposeBoolean('database', { description: 'True when Neo4j answered just now.' }),
  }),
});

builder.queryField('status', (t) =>
  t.field({
    type: Status,
    resolve: async (_root, _args, ctx) => ({ version: '0.1.0', database: await ctx.db.ping() }),
  }),
);
