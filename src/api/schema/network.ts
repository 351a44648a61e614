import { encodeGlobalID } from '@pothos/plugin-relay';
import { network, type GraphNodeRow } from '../../graph/read/network.js';
import { neighbourhood, shortestPath } from '../../graph/read/paths.js';
import { builder } from '../builder.js';
import { anchorOf, badInput } from '../ids.js';
import { EventWhere, eventWhereOf } from './event-where.js';
import { sentencesEvidence } from './evidence.js';
import { EvidenceRef, GraphEdgeRef, GraphNodeRef, PathStepRef } from './refs.js';

// Graph views: the interaction network, a node's neighbourhood, and the path between two nodes.

const gid = (r: { label: string; key: string }) => encodeGlobalID(r.label, r.key);

GraphNodeRef.implement({
  description: 'A node of a graph view; `id` is its global id (fetch it whole with `node(id)`).',
  fields: (t) => ({
    id: t.id({ resolve: gid }),
    key: t.exposeString('key'),
    kind: t.exposeString('label', { description: 'Person, Country, Organization, Event, ...' }),
    name: t.exposeString('name'),
    weight: t.exposeFloat('weight', { description: 'Events in the view that involve it (1 in neighbourhoods).' }),
  }),
});

GraphEdgeRef.implement({
  fields: (t) => ({
    source: t.id({ resolve: (e) => gid(e.source) }),
    target: t.id({ resolve: (e) => gid(e.target) }),
    kind: t.exposeString('kind', { description: 'INTERACTED in networks; the relationship type in neighbourhoods.' }),
    weight: t.exposeFloat('weight', { description: 'Events between the two.' }),
    meanGoldstein: t.exposeFloat('meanGoldstein', { nullable: true }),
  }),
});

const GraphView = builder.objectRef<{ nodes: GraphNodeRow[]; edges: { source: { label: string; key: string } }[] }>('GraphView');
GraphView.implement({
  fields: (t) => ({
    nodes: t.field({ type: [GraphNodeRef], resolve: (g) => g.nodes }),
    edges: t.field({ type: [GraphEdgeRef], resolve: (g) => g.edges as never }),
  }),
});

PathStepRef.implement({
  description: 'One step of a path, with the sentences that report it.',
  fields: (t) => ({
    from: t.field({ type: GraphNodeRef, resolve: (s) => s.from }),
    to: t.field({ type: GraphNodeRef, resolve: (s) => s.to }),
    relation: t.exposeString('relation', { description: 'SOURCE_ACTOR, TARGET_ACTOR, HELD, REPRESENTS, SAID_BY, PARTY, AT, ...' }),
    evidence: t.field({ type: [EvidenceRef], resolve: (s, _a, ctx) => sentencesEvidence(s.sentenceIds, ctx) }),
  }),
});

const NetworkKind = builder.enumType('NetworkKind', { values: ['PEOPLE', 'COUNTRIES', 'ORGANIZATIONS', 'ACTORS'] as const });

builder.queryField('network', (t) =>
  t.field({
    type: GraphView,
    description: 'Who interacted with whom: actors of the matching events, edges weighted by shared events (ONE query).',
    args: {
      where: t.arg({ type: EventWhere }),
      from: t.arg({ type: 'Date' }),
      to: t.arg({ type: 'Date' }),
      kind: t.arg({ type: NetworkKind, defaultValue: 'PEOPLE' }),
      limit: t.arg.int({ defaultValue: 200, description: 'Heaviest edges kept (max 500).' }),
    },
    resolve: (_r, args, ctx) => {
      const limit = args.limit ?? 200;
      if (limit < 1 || limit > 500) throw badInput('limit must be between 1 and 500');
      const where = { ...eventWhereOf(args.where), ...(args.from ? { from: args.from } : {}), ...(args.to ? { to: args.to } : {}) };
      return network(ctx.db, where, args.kind ?? 'PEOPLE', limit);
    },
  }),
);

builder.queryField('neighbourhood', (t) =>
  t.field({
    type: GraphView,
    nullable: true,
    description: 'The facts around a node, up to two hops (an event and its other actors).',
    args: {
      id: t.arg.id({ required: true }),
      depth: t.arg.int({ defaultValue: 1 }),
      limit: t.arg.int({ defaultValue: 50, description: 'Edges returned (max 200).' }),
    },
    resolve: (_r, args, ctx) => {
      const depth = args.depth ?? 1;
      if (depth !== 1 && depth !== 2) throw badInput('depth is 1 or 2');
      const limit = args.limit ?? 50;
      if (limit < 1 || limit > 200) throw badInput('limit must be between 1 and 200');
      return neighbourhood(ctx.db, anchorOf(String(args.id)), depth, limit);
    },
  }),
);

builder.queryField('path', (t) =>
  t.field({
    type: [PathStepRef],
    nullable: true,
    description: 'The shortest chain of reported facts between two nodes (at most 6 steps); null when none.',
    args: { from: t.arg.id({ required: true }), to: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => shortestPath(ctx.db, anchorOf(String(args.from)), anchorOf(String(args.to))),
  }),
);
