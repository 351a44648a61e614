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
  type WriteHooks,
  writeArticleGraph,
} from '../graph/stores/article-store.js';
import { extract, validateArticle } from '../ingest/index.js';
import type { ArticleInput } from '../ingest/types.js';

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

export async function ingestArticle(db: Db, input: ArticleInput, opts: IngestOptions = {}): Promise<IngestSummary> {
  const article = validateArticle(input);
  const id = articleId(article);
  const hash = contentHash(article);
  const extraction = extract(article);
  const now = opts.now ?? new Date();
  const summary = await retryingRaces(() =>
    db.writeTransaction(async (tx): Promise<IngestSummary> => {
      const state = await readIngestState(tx, id, hash, extraction);
      if (state.stored?.contentHash === hash) return { articleId: id, status: 'unchanged', counts: { ...EMPTY }, eventIds: [] };
      const { counts, eventIds } = await writeArticleGraph(tx, article, extraction, { now, state, hooks: opts.hooks });
      return { articleId: id, status: state.stored ? 'updated' : 'created', counts, eventIds };
    }),
  );
  if (summary.status !== 'unchanged' && opts.awaitSearch !== false) await awaitSearchRefresh(db);
  return summary;
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
