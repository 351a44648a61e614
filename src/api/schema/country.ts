import { allCountries } from '../../graph/read/entities.js';
import { builder } from '../builder.js';
import { CountryRef, EventRef, PersonRef } from './refs.js';

builder.node(CountryRef, {
  description: 'A state, keyed by ISO 3166-1 alpha-3 (historical states: SUN, YUG, CSK, DDR).',
  id: { resolve: (c) => c.code },
  isTypeOf: (v) => (v as { kind?: string }).kind === 'Country',
  loadMany: (codes, ctx) => codes.map((c) => ctx.loaders.country.load(c)),
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    people: t.field({
      type: [PersonRef],
      description: 'People who represent this country, most mentioned first.',
      args: { limit: t.arg.int({ defaultValue: 10 }) },
      resolve: (c, { limit }, ctx) => ctx.loaders.representatives(c.code, Math.min(Math.max(limit ?? 10, 0), 50)),
    }),
    recentEvents: t.field({
      type: [EventRef],
      description: 'Latest events with this country as an actor (use `events(where: {countries})` to page).',
      args: { limit: t.arg.int({ defaultValue: 5 }) },
      resolve: (c, { limit }, ctx) => ctx.loaders.recentEvents.Country(c.code, Math.min(Math.max(limit ?? 5, 0), 50)),
    }),
  }),
});

builder.queryField('country', (t) =>
  t.field({
    type: CountryRef,
    nullable: true,
    args: { code: t.arg.string({ required: true, description: 'ISO 3166-1 alpha-3, e.g. "CHN".' }) },
    resolve: (_r, { code }, ctx) => ctx.loaders.country.load(code.trim().toUpperCase()),
  }),
);

builder.queryField('countries', (t) =>
  t.field({
    type: [CountryRef],
    description: 'Every country in the graph, by name.',
    resolve: (_r, _a, ctx) => allCountries(ctx.db),
  }),
);
