import { luceneQuery } from '../../graph/read/lucene.js';
import { quotesPage } from '../../graph/read/quotes.js';
import { builder } from '../builder.js';
import { anchorOf, badInput } from '../ids.js';
import { forwardOnly, toConnection } from './connection.js';
import { factEvidence } from './evidence.js';
import { ActorRef, ArticleRef, EvidenceRef, QuoteRef } from './refs.js';

builder.node(QuoteRef, {
  description: 'Words reported as said by a person (or an organization or country).',
  id: { resolve: (q) => q.id },
  loadMany: (ids, ctx) => ids.map((id) => ctx.loaders.quote.load(id)),
  fields: (t) => ({
    key: t.exposeString('id'),
    text: t.exposeString('text'),
    speaker: t.field({ type: ActorRef, nullable: true, resolve: (q, _a, ctx) => ctx.loaders.quoteSpeaker.load(q.id) }),
    attribution: t.exposeString('attribution', {
      nullable: true,
      description: 'Who the text says spoke when it names no person, organization or country ("Finance Ministry official", "one banker"); speaker is then null.',
    }),
    articles: t.field({ type: [ArticleRef], resolve: (q, _a, ctx) => ctx.loaders.articles('Quote').load(q.id) }),
    evidence: t.field({ type: [EvidenceRef], resolve: (q, _a, ctx) => factEvidence('Quote')(q.id, ctx) }),
  }),
});

const QuotesWhere = builder.inputType('QuotesWhereInput', {
  fields: (t) => ({
    speaker: t.id({ description: 'A Person or Organization (global id or key).' }),
    country: t.string({ description: 'ISO-3: said by the country or by someone representing it.' }),
    text: t.string({ description: 'Words of the quote (full-text).' }),
  }),
});

builder.queryField('quotes', (t) =>
  t.connection({
    type: QuoteRef,
    description: 'Quotes, most recently reported first.',
    args: { where: t.arg({ type: QuotesWhere }) },
    resolve: async (_r, args, ctx) => {
      forwardOnly(args);
      const w = args.where ?? {};
      let speaker: string | null = null;
      if (w.speaker != null) {
        const a = anchorOf(String(w.speaker));
        if (a.label !== 'Person' && a.label !== 'Organization') throw badInput('speaker must be a Person or an Organization');
        speaker = a.key;
      }
      const text = w.text != null ? luceneQuery(w.text) : null;
      if (w.text != null && !text) throw badInput('text holds no word to search for');
      return toConnection(await quotesPage(ctx.db, { speaker, country: w.country ?? null, text }, args));
    },
  }),
);
