import type { Driver } from 'neo4j-driver';
import { Db, type Tx } from '../src/graph/db.js';

// A Db that adds up, by statement name, the time each write statement takes inside ingestion's
// transactions, so the ingestion figure comes with where its time went.

export interface StatementTime {
  name: string;
  count: number;
  totalMs: number;
  meanMs: number;
}

export class TimingDb extends Db {
  private readonly times = new Map<string, { count: number; totalMs: number }>();

  constructor(driver: Driver) {
    super(driver, { timeoutMs: 300_000 });
  }

  override async writeTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const t0 = performance.now();
    try {
      return await this.timedTransaction(work);
    } finally {
      // whole transactions, commit and retries included: what the statements leave out
      this.add('(write transactions, whole)', performance.now() - t0);
    }
  }

  private add(name: string, ms: number): void {
    const t = this.times.get(name) ?? { count: 0, totalMs: 0 };
    t.count += 1;
    t.totalMs += ms;
    this.times.set(name, t);
  }

  private timedTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return super.writeTransaction(async (tx) => {
      const t0 = performance.now();
      try {
        return await work({
          run: async (q) => {
            const t1 = performance.now();
            try {
              return await tx.run(q);
            } finally {
              this.add(q.name, performance.now() - t1);
            }
          },
        });
      } finally {
        // the statements and the caller's own work between them; the rest of the whole is
        // the session, BEGIN and COMMIT
        this.add('(write transactions, before commit)', performance.now() - t0);
      }
    });
  }

  /** Forgets the times so far (after a warm-up). */
  reset(): void {
    this.times.clear();
  }

  /** The statements that took longest in total, slowest first. */
  top(n = 8): StatementTime[] {
    return [...this.times]
      .map(([name, t]) => ({ name, count: t.count, totalMs: Math.round(t.totalMs), meanMs: Math.round((t.totalMs / t.count) * 10) / 10 }))
      .sort((a, b) => b.totalMs - a.totalMs)
      .slice(0, n);
  }
}
