import type { Db } from './db.js';

// The full-text indexes are eventually consistent (schema/constraints.cypher): a commit returns
// before Lucene has its changes. Writers that promise read-your-writes to their caller (an API
// mutation, the end of a bulk ingest or import) wait here until every committed change is
// searchable.

export async function awaitSearchRefresh(db: Db): Promise<void> {
  await db.read({ name: 'awaitSearchRefresh', cypher: 'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()' });
}
