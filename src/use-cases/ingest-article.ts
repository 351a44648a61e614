import { Neo4jError } from 'neo4j-driver';
import type { Db } from '../graph/db.js';
import { awaitSearchRefresh } from '../graph/search-refresh.js';
import { articleId, contentHash } from '../graph/keys.js';
import {
  type FactCounts,
  lockStoredEvents,
  readIngestState,
  readStoredArticle,
  retractStoredArticle,
  type BatchArticle,
  type WriteHooks,
  writeArticleBatch,
  writeArticleGraph,
} from '../graph/stores/article-store.js';
import { extract, validateArticle } from '../ingest/index.js';
import type { ArticleInput, Extraction } from '../ingest/types.js';
import type { Extractor } from './extract-pool.js';

// Ingesting one article: validate, extract, then write it whole in ONE write transaction.
// Same content again writes nothing; a new version of the same url replaces the old one's facts
// in that same transaction, so readers see either version, never a mix.

export type { FactCounts } from '../graph/stores/article-store.js';

export interface IngestSummary {
  articleId: string;
  status: 'created' | 'updated' | 'unchanged';
  counts: FactCounts;
  eventIds: string[];
}

export interface IngestOptions {
  /** The ingestion time written on the article (default: now). */
  now?: Date;
  /** Test seam: runs before each write statement; throwing there aborts the transaction. */
  hooks?: WriteHooks;
  /**
   * Wait until search sees the article before returning (default true). A bulk ingest passes
   * false and waits once at the end instead.
   */
  awaitSearch?: boolean;
}

const EMPTY: FactCounts = {
  sentences: 0, people: 0, countries: 0, organizations: 0, locations: 0,
  events: 0, agreements: 0, quotes: 0, relations: 0, topics: 0,
};

// Two transactions creating the same new node can both pass MERGE's match and one then fails
// the unique constraint; running it again finds the node the other committed.
const CONSTRAINT_RACE = 'Neo.ClientError.Schema.ConstraintValidationFailed';
const RACE_ATTEMPTS = 5;

async function retryingRaces<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (e) {
      if (!(e instanceof Neo4jError && e.code === CONSTRAINT_RACE) || attempt >= RACE_ATTEMPTS) throw e;
    }
  }
}

/** Validated (throws InvalidArticle), extracted and keyed: what every write of an article starts from. */
function prepare(input: ArticleInput): BatchArticle {
  const article = validateArticle(input);
  return keyed(article, extract(article));
}

function keyed(article: ArticleInput, extraction: Extraction): BatchArticle {
  return { input: article, extraction, id: articleId(article), contentHash: contentHash(article) };
}

/** One prepared article in its own write transaction. */
async function writeAlone(db: Db, a: BatchArticle, now: Date, hooks?: WriteHooks): Promise<IngestSummary> {
  return retryingRaces(() =>
    db.writeTransaction(async (tx): Promise<IngestSummary> => {
      const state = await readIngestState(tx, a.id, a.contentHash, a.extraction);
      if (state.stored?.contentHash === a.contentHash) return { articleId: a.id, status: 'unchanged', counts: { ...EMPTY }, eventIds: [] };
      const { counts, eventIds } = await writeArticleGraph(tx, a.input, a.extraction, { now, state, hooks });
      return { articleId: a.id, status: state.stored ? 'updated' : 'created', counts, eventIds };
    }),
  );
}

export async function ingestArticle(db: Db, input: ArticleInput, opts: IngestOptions = {}): Promise<IngestSummary> {
  const summary = await writeAlone(db, prepare(input), opts.now ?? new Date(), opts.hooks);
  if (summary.status !== 'unchanged' && opts.awaitSearch !== false) await awaitSearchRefresh(db);
  return summary;
}

/** One article's outcome in a batch: its summary, or why it failed (nothing of it written). */
export type BatchOutcome = { ok: true; summary: IngestSummary } | { ok: false; error: unknown };

/** Articles validated and extracted, ready to write: an outcome already for those that failed. */
export interface PreparedArticles {
  batch: (BatchArticle & { at: number })[];
  outcomes: (BatchOutcome | undefined)[];
}

/**
 * Validates, extracts and keys articles (extraction by `extractor`, a worker thread for bulk
 * ingestion; without one, in this thread). An invalid article gets its failed outcome; never rejects:
 * if the extractor fails, the articles are extracted here, each on its own.
 */
export async function prepareArticles(inputs: readonly ArticleInput[], extractor?: Extractor): Promise<PreparedArticles> {
  const outcomes: (BatchOutcome | undefined)[] = inputs.map(() => undefined);
  const valid: { article: ArticleInput; at: number }[] = [];
  inputs.forEach((input, at) => {
    try {
      valid.push({ article: validateArticle(input), at });
    } catch (error) {
      outcomes[at] = { ok: false, error };
    }
  });
  let extractions: Extraction[] | undefined;
  if (valid.length > 0 && extractor) {
    extractions = await extractor(valid.map((v) => v.article)).catch(() => undefined);
    if (extractions?.length !== valid.length) extractions = undefined;
  }
  const batch: PreparedArticles['batch'] = [];
  valid.forEach(({ article, at }, i) => {
    try {
      batch.push({ ...keyed(article, extractions?.[i] ?? extract(article)), at });
    } catch (error) {
      outcomes[at] = { ok: false, error };
    }
  });
  return { batch, outcomes };
}

/**
 * Several articles at once, for bulk ingestion: the new ones are written in ONE transaction
 * (five statements in all, not four per article), which leaves the graph that ingesting them one
 * by one would. Still all-or-nothing per article: if the batch's transaction fails, each article
 * is ingested on its own, so only the articles that fail alone are reported failed. New versions
 * of stored articles, and repeats within the batch, are ingested on their own after it.
 * Outcomes come in the order of `inputs`.
 */
export async function ingestArticles(db: Db, inputs: readonly ArticleInput[], opts: IngestOptions = {}): Promise<BatchOutcome[]> {
  return writePrepared(db, await prepareArticles(inputs), opts);
}

/** ingestArticles' write, for articles prepared already (prepareArticles). */
export async function writePrepared(db: Db, prepared: PreparedArticles, opts: IngestOptions = {}): Promise<BatchOutcome[]> {
  const now = opts.now ?? new Date();
  const { batch } = prepared;
  const outcomes = [...prepared.outcomes];
  const alone = async (a: BatchArticle & { at: number }) => {
    try {
      outcomes[a.at] = { ok: true, summary: await writeAlone(db, a, now, opts.hooks) };
    } catch (error) {
      outcomes[a.at] = { ok: false, error };
    }
  };
  if (batch.length === 1) {
    await alone(batch[0]!);
  } else if (batch.length > 1) {
    let result: Awaited<ReturnType<typeof writeArticleBatch>> | undefined;
    try {
      result = await retryingRaces(() => db.writeTransaction((tx) => writeArticleBatch(tx, batch, { now, hooks: opts.hooks })));
    } catch {
      // Which article failed is not known: each goes in (or fails) on its own.
      for (const a of batch) await alone(a);
    }
    if (result) {
      const deferred = new Set<BatchArticle>(result.deferred);
      for (const a of batch) {
        if (deferred.has(a)) continue;
        const created = result.created.get(a.id);
        if (created) outcomes[a.at] = { ok: true, summary: { articleId: a.id, status: 'created', ...created } };
        else if (result.unchanged.has(a.id)) outcomes[a.at] = { ok: true, summary: { articleId: a.id, status: 'unchanged', counts: { ...EMPTY }, eventIds: [] } };
      }
      for (const a of batch) if (deferred.has(a)) await alone(a);
    }
  }
  const done = outcomes.map((o, at): BatchOutcome => o ?? { ok: false, error: new Error(`internal error: article ${at + 1} of the batch got no outcome`) });
  if (opts.awaitSearch !== false && done.some((o) => o.ok && o.summary.status !== 'unchanged')) await awaitSearchRefresh(db);
  return done;
}

/** Retraction: the article, its sentences and every fact only it supported. False if unknown. */
export async function deleteArticle(db: Db, id: string): Promise<boolean> {
  const deleted = await retryingRaces(() =>
    db.writeTransaction(async (tx) => {
      const stored = await readStoredArticle(tx, id);
      if (!stored) return false;
      await lockStoredEvents(tx, stored);
      return retractStoredArticle(tx, id);
    }),
  );
  if (deleted) await awaitSearchRefresh(db);
  return deleted;
}
