import { organizationsPage } from '../../graph/read/catalog.js';
import { builder } from '../builder.js';
import { forwardOnly, toConnection } from './connection.js';
import { CountryRef, EventRef, LocationRef, OrganizationRef, TopicRef } from './refs.js';

builder.node(OrganizationRef, {
  description: 'A government body, ministry, military, party or international organization.',
  id: { resolve: (o) => o.id },
  isTypeOf: (v) => (v as { kind?: string }).kind === 'Organization',
  loadMany: (ids, ctx) => ids.map((id) => ctx.loaders.organization.load(id)),
  fields: (t) => ({
    key: t.exposeString('id'),
    name: t.exposeString('name'),
    kind: t.exposeString('orgKind', { nullable: true, description: 'government, ministry, military, party, international, other' }),
    aliases: t.exposeStringList('aliases'),
    country: t.field({
      type: CountryRef,
      nullable: true,
      resolve: (o, _a, ctx) => (o.country ? ctx.loaders.country.load(o.country) : null),
    }),
    recentEvents: t.field({
      type: [EventRef],
      args: { limit: t.arg.int({ defaultValue: 5 }) },
      resolve: (o, { limit }, ctx) => ctx.loaders.recentEvents.Organization(o.id, Math.min(Math.max(limit ?? 5, 0), 50)),
    }),
  }),
});

builder.node(LocationRef, {
  description: 'A place where events happened.',
  id: { resolve: (l) => l.id },
  loadMany: (ids, ctx) => ids.map((id) => ctx.loaders.location.load(id)),
  fields: (t) => ({
    key: t.exposeString('id'),
    name: t.exposeString('name'),
    country: t.field({
      type: CountryRef,
      nullable: true,
      resolve: (l, _a, ctx) => (l.country ? ctx.loaders.country.load(l.country) : null),
    }),
  }),
});

builder.node(TopicRef, {
  description: 'A subject articles and agreements are about ("military", "trade").',
  id: { resolve: (t) => t.name },
  loadMany: (names, ctx) => names.map((n) => ctx.loaders.topic.load(n)),
  fields: (t) => ({ name: t.exposeString('name') }),
});

const OrganizationsWhere = builder.inputType('OrganizationsWhereInput', {
  fields: (t) => ({
    country: t.string({ description: 'ISO-3' }),
    kind: t.string(),
    name: t.string({ description: 'Part of the name or an alias.' }),
  }),
});

builder.queryField('organizations', (t) =>
  t.connection({
    type: OrganizationRef,
    args: { where: t.arg({ type: OrganizationsWhere }) },
    resolve: async (_r, args, ctx) => {
      forwardOnly(args);
      return toConnection(await organizationsPage(ctx.db, args.where ?? {}, args));
    },
  }),
);
