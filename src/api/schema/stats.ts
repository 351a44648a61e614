import { eventStats } from '../../graph/read/stats.js';
import { builder } from '../builder.js';
import { EventWhere, eventWhereOf } from './event-where.js';
import { StatsRowRef } from './refs.js';

// Aggregations dashboards chart, in ONE Cypher query.

export const Bucket = builder.enumType('Bucket', { values: ['DAY', 'WEEK', 'MONTH', 'YEAR'] as const });

const Dimension = builder.enumType('StatsDimension', {
  values: ['COUNTRY', 'SOURCE_COUNTRY', 'TARGET_COUNTRY', 'DYAD', 'ROOT_CODE', 'CODE', 'QUAD_CLASS'] as const,
});

StatsRowRef.implement({
  description: 'One group: the values of the grouping dimensions asked for (others null), its event count and mean Goldstein.',
  fields: (t) => ({
    country: t.exposeString('country', { nullable: true }),
    sourceCountry: t.exposeString('sourceCountry', { nullable: true }),
    targetCountry: t.exposeString('targetCountry', { nullable: true }),
    dyad: t.exposeStringList('dyad', { nullable: true, description: 'The two ISO-3 codes, sorted.' }),
    rootCode: t.exposeString('rootCode', { nullable: true }),
    code: t.exposeString('code', { nullable: true }),
    quadClass: t.exposeInt('quadClass', { nullable: true }),
    period: t.expose('period', { type: 'Date', nullable: true, description: 'First day of the bucket.' }),
    count: t.exposeInt('count'),
    meanGoldstein: t.exposeFloat('meanGoldstein'),
  }),
});

builder.queryField('eventStats', (t) =>
  t.field({
    type: [StatsRowRef],
    description: 'Event counts and mean Goldstein grouped by dimensions and, with `bucket`, by time (dated events only).',
    args: {
      where: t.arg({ type: EventWhere }),
      groupBy: t.arg({ type: [Dimension], defaultValue: [] }),
      bucket: t.arg({ type: Bucket }),
    },
    resolve: (_r, args, ctx) => eventStats(ctx.db, eventWhereOf(args.where), args.groupBy ?? [], args.bucket ?? null),
  }),
);
