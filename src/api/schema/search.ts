import { search, SEARCH_TYPES, type SearchType } from '../../graph/read/search.js';
import { builder } from '../builder.js';
import { badInput } from '../ids.js';
import { CountryRef, EvidenceRef, LocationRef, OrganizationRef, PersonRef, QuoteRef, SearchHitRef } from './refs.js';

// Full-text search over names, aliases, titles, quotes and sentences, ranked by score.

const SearchTypeEnum = builder.enumType('SearchType', { values: SEARCH_TYPES });

const TYPENAMES: Record<SearchType, string> = {
  PERSON: 'Person',
  TITLE: 'Person',
  ORGANIZATION: 'Organization',
  COUNTRY: 'Country',
  LOCATION: 'Location',
  QUOTE: 'Quote',
  SENTENCE: 'Evidence',
};

// The hit's node carries its search type so the union knows what it is.
const SearchResult = builder.unionType('SearchResult', {
  types: [PersonRef, OrganizationRef, CountryRef, LocationRef, QuoteRef, EvidenceRef],
  resolveType: (v) => TYPENAMES[(v as unknown as { searchType: SearchType }).searchType],
});

SearchHitRef.implement({
  fields: (t) => ({
    type: t.field({ type: SearchTypeEnum, resolve: (h) => h.type }),
    score: t.exposeFloat('score'),
    snippet: t.exposeString('snippet', { description: 'The matched name, title, quote or sentence.' }),
    node: t.field({ type: SearchResult, resolve: (h) => ({ ...h.node, searchType: h.type }) as never }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHitRef],
    args: {
      query: t.arg.string({ required: true, description: 'Plain words; the last one also matches as a prefix.' }),
      types: t.arg({ type: [SearchTypeEnum], description: 'Default: all.' }),
      first: t.arg.int({ defaultValue: 20 }),
    },
    resolve: (_r, args, ctx) => {
      const first = args.first ?? 20;
      if (first < 1 || first > 100) throw badInput('first must be between 1 and 100');
      if (args.query.length > 200) throw badInput('query is limited to 200 characters');
      return search(ctx.db, args.query, args.types ?? SEARCH_TYPES, first);
    },
  }),
);
