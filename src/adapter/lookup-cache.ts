/**
 * A per-adapter cache of lookups by key that shares one request among all callers asking for the
 * same key, keeps answers (including "not found") for the adapter's lifetime, and forgets
 * failures so that a retry asks again. At most `concurrency` lookups run at once, because a
 * backend without a batch endpoint (Tesseral) gets one request per actor.
 */
export class LookupCache<V> {
  private readonly cache = new Map<string, Promise<V>>();
  private readonly queue: (() => void)[] = [];
  private running = 0;

  constructor(
    private readonly load: (key: string) => Promise<V>,
    private readonly concurrency = 4,
  ) {}

  /** Stores an answer learnt another way (a list page), unless one is cached or on its way. */
  prime(key: string, value: V): void {
    if (!this.cache.has(key)) this.cache.set(key, Promise.resolve(value));
  }

  /** The answer for a key: cached, in flight, or newly queued. */
  get(key: string): Promise<V> {
    let promise = this.cache.get(key);
    if (!promise) {
      promise = this.schedule(key);
      this.cache.set(key, promise);
      promise.catch(() => this.cache.delete(key));
    }
    return promise;
  }

  private schedule(key: string): Promise<V> {
    return new Promise<V>((resolve, reject) => {
      const run = () => {
        this.running++;
        this.load(key)
          .then(resolve, reject)
          .finally(() => {
            this.running--;
            this.queue.shift()?.();
          });
      };
      if (this.running < this.concurrency) run();
      else this.queue.push(run);
    });
  }
}
