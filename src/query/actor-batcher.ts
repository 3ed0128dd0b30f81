import type { AuditLogActorInfo, AuditLogActorRef, AuditLogAdapter } from '../adapter/types.js';
import { AuditLogError } from '../errors.js';

interface Waiting {
  ref: AuditLogActorRef;
  resolve: (info: AuditLogActorInfo | null) => void;
  reject: (error: unknown) => void;
}

/**
 * Collects the actor lookups a render asks for (one per row) and sends them to the adapter as one
 * `getActors` call per tick. Each viewer has its own; the Query cache keeps the answers.
 */
export class ActorBatcher {
  private waiting: Waiting[] = [];
  private scheduled = false;

  constructor(private readonly adapter: AuditLogAdapter) {}

  /** Whether this adapter can name actors of this kind at all. */
  canResolve(kind: AuditLogActorRef['kind']): boolean {
    return Boolean(this.adapter.getActors) && this.adapter.capabilities.actorLookup.includes(kind);
  }

  /** The info of one actor, `null` when the adapter said nothing about it. */
  load(ref: AuditLogActorRef): Promise<AuditLogActorInfo | null> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ ref, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        queueMicrotask(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    const batch = this.waiting;
    this.waiting = [];
    this.scheduled = false;
    const unique = new Map(batch.map((w) => [`${w.ref.kind}:${w.ref.id}`, w.ref]));
    try {
      if (!this.adapter.getActors) throw new AuditLogError('unsupported', 'This backend cannot look up actors.');
      // Lookups are shared by every row that shows the actor, so no row's signal may cancel them.
      const infos = await this.adapter.getActors([...unique.values()], { signal: new AbortController().signal });
      const byKey = new Map(infos.map((info) => [`${info.kind}:${info.id}`, info]));
      const missing = new AuditLogError('server', 'The backend did not answer for this actor.');
      for (const w of batch) {
        const info = byKey.get(`${w.ref.kind}:${w.ref.id}`);
        // A lookup the backend could make but did not answer (it failed) is retried later, not cached as "unknown".
        if (info) w.resolve(info);
        else if (this.canResolve(w.ref.kind)) w.reject(missing);
        else w.resolve(null);
      }
    } catch (error) {
      for (const w of batch) w.reject(error);
    }
  }
}
