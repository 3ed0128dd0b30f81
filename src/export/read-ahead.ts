/**
 * Pages of a stream in order, each handed out once `prepare` is done with it, while up to `depth`
 * later pages are already read and being prepared: the actor names of the next pages are looked
 * up while this one is written (Tesseral looks names up one actor per request, so waiting for each
 * page's lookups in turn would cost an export more than its pages). A failure of any page's
 * preparation surfaces when that page's turn comes.
 */
export async function* readAhead<T>(pages: AsyncIterable<T>, prepare: (page: T) => Promise<void>, depth = 6): AsyncGenerator<T> {
  const source = pages[Symbol.asyncIterator]();
  const queue: { page: T; ready: Promise<void> }[] = [];
  let next: Promise<IteratorResult<T>> | null = null;
  let done = false;
  const take = (page: T) => {
    const ready = prepare(page);
    ready.catch(() => undefined); // handled when its turn comes
    queue.push({ page, ready });
  };
  try {
    for (;;) {
      if (!done && !next && queue.length < depth) next = source.next();
      const head = queue[0];
      if (!head) {
        if (done) return;
        const result = await next!;
        next = null;
        if (result.done) done = true;
        else take(result.value);
        continue;
      }
      const first = await Promise.race([head.ready.then(() => 'head' as const), ...(next ? [next] : [])]);
      if (first === 'head') {
        queue.shift();
        yield head.page;
      } else {
        next = null;
        if (first.done) done = true;
        else take(first.value);
      }
    }
  } finally {
    await source.return?.();
  }
}
