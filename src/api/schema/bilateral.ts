import { bilateral } from '../../graph/read/bilateral.js';
import { builder } from '../builder.js';
import { badInput } from '../ids.js';
import { factEvidence } from './evidence.js';
import { AgreementRef, BilateralRef, CountryRef, EventRef, EvidenceRef, QuoteRef } from './refs.js';
import { Bucket } from './stats.js';

// One country pair: everything a bilateral dashboard shows, read by ONE Cypher query, the listed
// events' actors included (the agreements and quotes it lists load their other fields through
// the loaders).

const Descriptor = builder.objectRef<{ id: string; descriptor: string; reports: number }>('RelationDescriptor').implement({
  description: 'What the two are said to be to each other ("comprehensive strategic partnership").',
  fields: (t) => ({
    descriptor: t.exposeString('descriptor'),
    reports: t.exposeInt('reports', { description: 'Articles that used it.' }),
    evidence: t.field({ type: [EvidenceRef], resolve: (d, _a, ctx) => factEvidence('Relation')(d.id, ctx) }),
  }),
});

const QuadCount = builder.objectRef<{ quadClass: number; count: number; meanGoldstein: number }>('QuadClassCount').implement({
  fields: (t) => ({ quadClass: t.exposeInt('quadClass'), count: t.exposeInt('count'), meanGoldstein: t.exposeFloat('meanGoldstein') }),
});

const SeriesPoint = builder.objectRef<{ period: string; count: number; meanGoldstein: number }>('SeriesPoint').implement({
  description: 'Event volume and mean Goldstein in one time bucket (period = its first day).',
  fields: (t) => ({ period: t.expose('period', { type: 'Date' }), count: t.exposeInt('count'), meanGoldstein: t.exposeFloat('meanGoldstein') }),
});

BilateralRef.implement({
  description: 'Relations between two countries as reported.',
  fields: (t) => ({
    a: t.field({ type: CountryRef, resolve: (b) => b.a }),
    b: t.field({ type: CountryRef, resolve: (b) => b.b }),
    descriptors: t.field({ type: [Descriptor], resolve: (b) => b.descriptors }),
    events: t.field({ type: [EventRef], description: 'The latest events between them (either direction).', resolve: (b) => b.events }),
    agreements: t.field({ type: [AgreementRef], resolve: (b) => b.agreements }),
    quotes: t.field({ type: [QuoteRef], description: 'What their people said, in articles reporting their events: latest report first (undated last).', resolve: (b) => b.quotes }),
    totalEvents: t.exposeInt('totalEvents'),
    meanGoldstein: t.exposeFloat('meanGoldstein', { nullable: true }),
    firstContact: t.expose('firstContact', { type: 'Date', nullable: true }),
    lastContact: t.expose('lastContact', { type: 'Date', nullable: true }),
    byQuadClass: t.field({ type: [QuadCount], resolve: (b) => b.byQuadClass }),
    series: t.field({ type: [SeriesPoint], resolve: (b) => b.series }),
  }),
});

builder.queryField('bilateral', (t) =>
  t.field({
    type: BilateralRef,
    nullable: true,
    description: 'Relations between countries a and b (ISO-3); null when either is unknown.',
    args: {
      a: t.arg.string({ required: true }),
      b: t.arg.string({ required: true }),
      from: t.arg({ type: 'Date' }),
      to: t.arg({ type: 'Date' }),
      bucket: t.arg({ type: Bucket, defaultValue: 'MONTH' }),
      limit: t.arg.int({ defaultValue: 10, description: 'Latest events, agreements and quotes listed (max 100).' }),
    },
    resolve: (_r, args, ctx) => {
      for (const c of [args.a, args.b]) if (!/^[A-Za-z]{3}$/.test(c)) throw badInput(`"${c}" is not an ISO-3 country code`);
      const limit = args.limit ?? 10;
      if (limit < 0 || limit > 100) throw badInput('limit must be between 0 and 100');
      return bilateral(ctx.db, { a: args.a, b: args.b, from: args.from, to: args.to, bucket: args.bucket ?? 'MONTH', limit });
    },
  }),
);
