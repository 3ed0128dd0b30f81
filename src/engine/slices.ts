// How the engine's walks run: at once (the synchronous API), or in slices that give way to the
// event loop, so that one long request cannot hold a server while other requests wait.

/** Runs a walk at once. */
export function runToEnd<T>(walk: Generator<void, T>): T {
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
  }
}

/** Runs a walk, giving way to the event loop whenever it has worked `sliceMs` without a break. */
export async function runInSlices<T>(walk: Generator<void, T>, sliceMs = 10): Promise<T> {
  let started = performance.now();
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
    if (performance.now() - started >= sliceMs) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      started = performance.now();
    }
  }
}
