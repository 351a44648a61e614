import { mergePeople } from '../../graph/curation/merge-people.js';
import { peoplePage, personByName } from '../../graph/read/people.js';
import { requireApiKey } from '../auth.js';
import { builder } from '../builder.js';
import { badInput, keyOf } from '../ids.js';
import { forwardOnly, toConnection } from './connection.js';
import { sentencesEvidence } from './evidence.js';
import { ActorRef, CountryRef, EventRef, EvidenceRef, PersonRef, PositionRef, QuoteRef } from './refs.js';

builder.node(PersonRef, {
  description: 'An official or other person named in the news; variant spellings are one Person.',
  id: { resolve: (p) => p.id },
  isTypeOf: (v) => (v as { kind?: string }).kind === 'Person',
  loadMany: (ids, ctx) => ids.map((id) => ctx.loaders.person.load(id)),
  fields: (t) => ({
    key: t.exposeString('id', { description: 'The natural key, e.g. "person:zhang youxia:CHN".' }),
    name: t.exposeString('name'),
    aliases: t.exposeStringList('aliases', { description: 'Every form of the name seen.' }),
    country: t.field({
      type: CountryRef,
      nullable: true,
      resolve: (p, _a, ctx) => (p.country ? ctx.loaders.country.load(p.country) : null),
    }),
    positions: t.field({
      type: [PositionRef],
      description: 'Offices held, latest first.',
      resolve: (p, _a, ctx) => ctx.loaders.positions.load(p.id),
    }),
    recentEvents: t.field({
      type: [EventRef],
      description: 'Latest events this person took part in (use `events(where: {person})` to page).',
      args: { limit: t.arg.int({ defaultValue: 5 }) },
      resolve: (p, { limit }, ctx) => ctx.loaders.recentEvents.Person(p.id, Math.min(Math.max(limit ?? 5, 0), 50)),
    }),
    quotes: t.field({
      type: [QuoteRef],
      description: 'What this person was reported saying, latest first.',
      args: { limit: t.arg.int({ defaultValue: 5 }) },
      resolve: (p, { limit }, ctx) => ctx.loaders.quotesOfPeople(p.id, Math.min(Math.max(limit ?? 5, 0), 50)),
    }),
  }),
});

PositionRef.implement({
  description: 'An office a person was reported holding (the HELD edge), with its evidence.',
  fields: (t) => ({
    title: t.exposeString('title'),
    holder: t.field({ type: ActorRef, description: 'The organization or country of the office.', resolve: (p) => p.holder }),
    firstSeen: t.exposeString('firstSeen', { nullable: true }),
    lastSeen: t.exposeString('lastSeen', { nullable: true }),
    evidence: t.field({
      type: [EvidenceRef],
      description: 'Sentences reporting the office: a sample of at most 10, from the first articles that reported it.',
      resolve: (p, _a, ctx) => sentencesEvidence(p.sentenceIds, ctx),
    }),
  }),
});

const PeopleWhere = builder.inputType('PeopleWhereInput', {
  fields: (t) => ({
    name: t.string({ description: 'Part of a name or alias, any spelling variant.' }),
    country: t.string({ description: 'ISO-3 of the country the person represents.' }),
    organization: t.id({ description: 'An Organization the person held an office in.' }),
  }),
});

const PeopleOrder = builder.enumType('PeopleOrder', { values: ['NAME', 'MENTIONS_DESC'] as const });

builder.queryField('person', (t) =>
  t.field({
    type: PersonRef,
    nullable: true,
    description: 'A person by id, or by name (any spelling; a surname alone finds the most mentioned bearer).',
    args: { id: t.arg.id(), name: t.arg.string() },
    resolve: (_r, args, ctx) => {
      if ((args.id == null) === (args.name == null)) throw badInput('give exactly one of id or name');
      if (args.id != null) return ctx.loaders.person.load(keyOf(String(args.id), 'Person'));
      return personByName(ctx.db, args.name!);
    },
  }),
);

builder.queryField('people', (t) =>
  t.connection({
    type: PersonRef,
    args: { where: t.arg({ type: PeopleWhere }), orderBy: t.arg({ type: PeopleOrder, defaultValue: 'NAME' }) },
    resolve: async (_r, args, ctx) => {
      forwardOnly(args);
      const where = { ...args.where, organization: args.where?.organization ? keyOf(String(args.where.organization), 'Organization') : null };
      return toConnection(await peoplePage(ctx.db, where, args.orderBy ?? 'NAME', args));
    },
  }),
);

builder.mutationField('mergePeople', (t) =>
  t.field({
    type: PersonRef,
    description: 'Curation: `merge` is the same person as `keep`; its names become aliases of `keep` and its edges and evidence move there. Requires an API key.',
    args: { keep: t.arg.id({ required: true }), merge: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => {
      requireApiKey(ctx);
      return ctx.writes(() => mergePeople(ctx.db, keyOf(String(args.keep), 'Person'), keyOf(String(args.merge), 'Person')));
    },
  }),
);
