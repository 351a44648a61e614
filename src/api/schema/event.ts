import { Repeater } from 'graphql-yoga';
import { eventsPage } from '../../graph/read/events.js';
import { builder } from '../builder.js';
import { forwardOnly, toConnection } from './connection.js';
import { EventWhere, eventWhereOf, matchesLive } from './event-where.js';
import { factEvidence } from './evidence.js';
import { ActorRef, ArticleRef, EventRef, EvidenceRef, LocationRef } from './refs.js';

builder.node(EventRef, {
  description: 'Something one actor did to another (CAMEO-coded), one node however many articles reported it.',
  id: { resolve: (e) => e.id },
  loadMany: (ids, ctx) => ids.map((id) => ctx.loaders.event.load(id)),
  fields: (t) => ({
    key: t.exposeString('id'),
    code: t.exposeString('code', { description: 'CAMEO code, e.g. "0312".' }),
    root: t.exposeString('root', { description: 'CAMEO root (two digits).' }),
    name: t.exposeString('name'),
    quadClass: t.exposeInt('quadClass', { description: '1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.' }),
    goldstein: t.exposeFloat('goldstein', { description: 'Goldstein scale, -10 (conflict) to +10 (cooperation).' }),
    date: t.expose('date', { type: 'Date', nullable: true }),
    dateText: t.exposeString('dateText', { nullable: true }),
    confidence: t.exposeFloat('confidence'),
    origin: t.exposeString('origin', { nullable: true }),
    reportCount: t.exposeInt('reportCount'),
    sourceCount: t.exposeInt('sourceCount'),
    // read with the event by the lists that have them at hand (events pages, bilateral), else loaded
    source: t.field({ type: [ActorRef], resolve: async (e, _a, ctx) => (e.actors ?? (await ctx.loaders.eventActors.load(e.id))).source }),
    target: t.field({ type: [ActorRef], resolve: async (e, _a, ctx) => (e.actors ?? (await ctx.loaders.eventActors.load(e.id))).target }),
    location: t.field({ type: LocationRef, nullable: true, resolve: (e, _a, ctx) => ctx.loaders.eventLocation.load(e.id) }),
    articles: t.field({ type: [ArticleRef], resolve: (e, _a, ctx) => ctx.loaders.articles('Event').load(e.id) }),
    evidence: t.field({ type: [EvidenceRef], resolve: (e, _a, ctx) => factEvidence('Event')(e.id, ctx) }),
  }),
});

const EventOrder = builder.enumType('EventOrder', {
  values: ['DATE_DESC', 'DATE_ASC', 'GOLDSTEIN_ASC', 'GOLDSTEIN_DESC', 'REPORTS_DESC'] as const,
});

builder.queryField('events', (t) =>
  t.connection({
    type: EventRef,
    description: 'Events matching every condition given, keyset-paged.',
    args: { where: t.arg({ type: EventWhere }), orderBy: t.arg({ type: EventOrder, defaultValue: 'DATE_DESC' }) },
    resolve: async (_r, args, ctx) => {
      forwardOnly(args);
      return toConnection(await eventsPage(ctx.db, eventWhereOf(args.where), args.orderBy ?? 'DATE_DESC', args));
    },
  }),
);

builder.subscriptionField('eventAdded', (t) =>
  t.field({
    type: EventRef,
    description: 'Events as ingestion writes them (server-sent events), filtered by countries, root or quad class.',
    args: { where: t.arg({ type: EventWhere }) },
    subscribe: (_r, args, ctx) =>
      new Repeater<{ id: string }>(async (push, stop) => {
        const where = eventWhereOf(args.where);
        const source = ctx.pubsub.subscribe('eventsAdded');
        void stop.then(() => source.return?.());
        for await (const { eventIds } of source) {
          for (const e of await matchesLive(ctx, eventIds, where)) await push(e);
        }
      }),
    resolve: (e) => e as never,
  }),
);
