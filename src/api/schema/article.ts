import { articlesPage } from '../../graph/read/catalog.js';
import { InvalidArticleError, parseHtmlArticle, validateArticle, type ArticleInput as Article } from '../../ingest/index.js';
import { deleteArticle, ingestArticle, type IngestSummary } from '../../use-cases/ingest-article.js';
import { fetchArticle } from '../../use-cases/ingest-url.js';
import { FetchError } from '../../web/fetch.js';
import { requireApiKey } from '../auth.js';
import { builder } from '../builder.js';
import { keyOf } from '../ids.js';
import { forwardOnly, toConnection } from './connection.js';
import { ArticleRef, EventRef, TopicRef } from './refs.js';

builder.node(ArticleRef, {
  description: 'A news article; every fact links to the sentences of the articles that reported it.',
  id: { resolve: (a) => a.id },
  loadMany: (ids, ctx) => ids.map((id) => ctx.loaders.article.load(id)),
  fields: (t) => ({
    key: t.exposeString('id', { description: 'The normalised url, or sha256:<hash> for articles without one.' }),
    url: t.exposeString('url', { nullable: true }),
    title: t.exposeString('title'),
    source: t.exposeString('source', { nullable: true }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
    ingestedAt: t.expose('ingestedAt', { type: 'DateTime', nullable: true }),
    origin: t.exposeString('origin', { nullable: true }),
    sentenceCount: t.exposeInt('sentenceCount'),
    topics: t.field({
      type: [TopicRef],
      resolve: async (a, _x, ctx) => (await ctx.loaders.articleTopics.load(a.id)).map((name) => ({ name })),
    }),
  }),
});

const ArticlesWhere = builder.inputType('ArticlesWhereInput', {
  fields: (t) => ({
    source: t.string(),
    country: t.string({ description: 'ISO-3: articles that mention the country.' }),
    from: t.field({ type: 'Date', description: 'Published on or after.' }),
    to: t.field({ type: 'Date', description: 'Published on or before.' }),
  }),
});

builder.queryField('articles', (t) =>
  t.connection({
    type: ArticleRef,
    description: 'Articles, newest first.',
    args: { where: t.arg({ type: ArticlesWhere }) },
    resolve: async (_r, args, ctx) => {
      forwardOnly(args);
      return toConnection(await articlesPage(ctx.db, args.where ?? {}, args));
    },
  }),
);

// Mutations: ingestion returns typed input errors as data, so a client can branch on `code`.

const ArticleFormat = builder.enumType('ArticleFormat', {
  values: {
    TEXT: { description: 'body is the article text; title is required.' },
    HTML: { description: 'body is a web page: its main text, title, date, site name and canonical url are read from it.' },
  } as const,
});

const ArticleInput = builder.inputType('ArticleInput', {
  fields: (t) => ({
    title: t.string({ description: 'Required for TEXT; for HTML, overrides the title read from the page.' }),
    body: t.string({ required: true, description: 'The article text, or the page markup with format HTML.' }),
    format: t.field({ type: ArticleFormat, defaultValue: 'TEXT' }),
    publishedAt: t.string({ description: 'YYYY-MM-DD or ISO 8601 date-time.' }),
    url: t.string(),
    source: t.string(),
  }),
});

const IngestCounts = builder.objectRef<IngestSummary['counts']>('IngestCounts').implement({
  fields: (t) => ({
    sentences: t.exposeInt('sentences'),
    people: t.exposeInt('people'),
    countries: t.exposeInt('countries'),
    organizations: t.exposeInt('organizations'),
    locations: t.exposeInt('locations'),
    events: t.exposeInt('events'),
    agreements: t.exposeInt('agreements'),
    quotes: t.exposeInt('quotes'),
    relations: t.exposeInt('relations'),
    topics: t.exposeInt('topics'),
  }),
});

const IngestStatus = builder.enumType('IngestStatus', { values: ['created', 'updated', 'unchanged'] as const });

const IngestSummaryRef = builder.objectRef<IngestSummary>('IngestSummary').implement({
  isTypeOf: (v) => typeof (v as IngestSummary).articleId === 'string',
  fields: (t) => ({
    articleId: t.exposeString('articleId'),
    status: t.field({ type: IngestStatus, resolve: (s) => s.status }),
    counts: t.field({ type: IngestCounts, resolve: (s) => s.counts }),
    article: t.field({ type: ArticleRef, nullable: true, resolve: (s, _a, ctx) => ctx.loaders.article.load(s.articleId) }),
    events: t.field({
      type: [EventRef],
      resolve: async (s, _a, ctx) => (await ctx.loaders.event.loadMany(s.eventIds)).filter((e) => e !== null && !(e instanceof Error)) as never,
    }),
  }),
});

const InvalidArticle = builder.objectRef<{ code: string; message: string }>('InvalidArticle').implement({
  description: 'The input is not an article; `code` is stable (EMPTY, HTML, NO_ARTICLE, TOO_LARGE, MISSING_FIELD, WRONG_TYPE, ...).',
  isTypeOf: (v) => typeof (v as { code?: unknown }).code === 'string',
  fields: (t) => ({ code: t.exposeString('code'), message: t.exposeString('message') }),
});

const IngestResult = builder.unionType('IngestArticleResult', {
  types: [IngestSummaryRef, InvalidArticle],
  // resolved here, not by graphql-js's default from isTypeOf: an executor that calls resolveType
  // without the abstract type (graphql-jit does) would otherwise fail
  resolveType: (v) => ('articleId' in v ? 'IngestSummary' : 'InvalidArticle'),
});

type Input = { title?: string | null; body: string; format?: 'TEXT' | 'HTML' | null; publishedAt?: string | null; url?: string | null; source?: string | null };

/** The article a mutation's input gives: its fields as they are, or a page's article with the given fields on top. */
function articleOfInput({ format, ...fields }: Input): Article {
  if (format !== 'HTML') {
    if (fields.title === undefined || fields.title === null) throw new InvalidArticleError('MISSING_FIELD', 'the article has no "title"');
    return validateArticle(fields);
  }
  const page = parseHtmlArticle(fields.body, { url: fields.url ?? undefined, what: 'the page' });
  const given = Object.fromEntries(Object.entries(fields).filter(([k, v]) => k !== 'body' && typeof v === 'string' && v.trim() !== ''));
  return validateArticle({ ...page, ...given });
}

builder.mutationField('ingestArticle', (t) =>
  t.field({
    type: IngestResult,
    description: 'Extracts and stores one article (idempotent per content). Requires an API key.',
    args: { input: t.arg({ type: ArticleInput, required: true }) },
    resolve: async (_r, { input }, ctx) => {
      requireApiKey(ctx);
      let article: ReturnType<typeof validateArticle>;
      try {
        article = articleOfInput(input);
      } catch (e) {
        if (e instanceof InvalidArticleError) return { code: e.code, message: e.message };
        throw e;
      }
      const summary = await ctx.writes(() => ingestArticle(ctx.db, article));
      if (summary.eventIds.length) ctx.pubsub.publish('eventsAdded', { eventIds: summary.eventIds });
      return summary;
    },
  }),
);

const FetchFailed = builder.objectRef<{ fetchCode: string; message: string; url: string; status?: number }>('FetchFailed').implement({
  description: 'The url could not be fetched; `code` is stable (BAD_URL, BLOCKED_ADDRESS, TIMEOUT, TOO_MANY_REDIRECTS, TOO_LARGE, UNSUPPORTED_TYPE, HTTP_STATUS, NETWORK).',
  fields: (t) => ({
    code: t.exposeString('fetchCode'),
    message: t.exposeString('message'),
    url: t.exposeString('url'),
    httpStatus: t.exposeInt('status', { nullable: true, description: 'The HTTP status, for HTTP_STATUS.' }),
  }),
});

const IngestUrlResult = builder.unionType('IngestUrlResult', {
  types: [IngestSummaryRef, InvalidArticle, FetchFailed],
  resolveType: (v) => ('articleId' in v ? 'IngestSummary' : 'fetchCode' in v ? 'FetchFailed' : 'InvalidArticle'),
});

builder.mutationField('ingestUrl', (t) =>
  t.field({
    type: IngestUrlResult,
    description:
      'Fetches one web page (http or https; at most 5 redirects, 5 MB, 30 s; no private or loopback addresses) ' +
      'and ingests its article. Requires an API key.',
    args: { url: t.arg.string({ required: true }) },
    resolve: async (_r, { url }, ctx) => {
      requireApiKey(ctx);
      let article: Article;
      try {
        article = await fetchArticle(url, { limits: ctx.fetchLimits });
      } catch (e) {
        if (e instanceof FetchError) return { fetchCode: e.code, message: e.message, url: e.url, status: e.status };
        if (e instanceof InvalidArticleError) return { code: e.code, message: e.message };
        throw e;
      }
      const summary = await ctx.writes(() => ingestArticle(ctx.db, article));
      if (summary.eventIds.length) ctx.pubsub.publish('eventsAdded', { eventIds: summary.eventIds });
      return summary;
    },
  }),
);

builder.mutationField('deleteArticle', (t) =>
  t.boolean({
    description: 'Retracts an article and every fact only it supported. False when unknown. Requires an API key.',
    args: { id: t.arg.id({ required: true, description: 'Global id or article key (its url).' }) },
    resolve: (_r, { id }, ctx) => {
      requireApiKey(ctx);
      return ctx.writes(() => deleteArticle(ctx.db, keyOf(String(id), 'Article')));
    },
  }),
);
