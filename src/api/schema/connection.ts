import type { Page } from '../../graph/read/types.js';
import { badInput } from '../ids.js';

// Pages from the read side as Relay connections. Pagination is forward only (first/after):
// keyset cursors continue after a sort key, which is what feeds and infinite lists need.

export function forwardOnly(args: { last?: number | null; before?: string | null }): void {
  if (args.last !== null && args.last !== undefined) throw badInput('only forward pagination is supported: use first/after');
  if (args.before !== null && args.before !== undefined) throw badInput('only forward pagination is supported: use first/after');
}

export function toConnection<T>(page: Page<T>) {
  return {
    edges: page.rows,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: false,
      startCursor: page.rows[0]?.cursor ?? null,
      endCursor: page.rows[page.rows.length - 1]?.cursor ?? null,
    },
    totalCount: page.totalCount,
  };
}
