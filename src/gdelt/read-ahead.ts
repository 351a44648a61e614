// Starts fetching the next item of an async sequence while the consumer works on the current
// one: the GDELT import reads and parses the next batch of rows while Neo4j writes this one.
// Items come out in order; an error of the source surfaces where that item would have.

export async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const it = source[Symbol.asyncIterator]();
  let pending = it.next();
  try {
    for (;;) {
      const r = await pending;
      if (r.done) return;
      pending = it.next();
      // Observed here so a failure while the consumer is busy is not an unhandled rejection;
      // it is rethrown by the `await pending` above on the next turn.
      pending.catch(() => {});
      yield r.value;
    }
  } finally {
    // The consumer stopped early (or failed): close the source (files, streams).
    await it.return?.();
  }
}
