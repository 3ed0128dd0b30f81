import { createMemoryAdapter, type MemoryAdapterOptions } from '../adapter/memory.js';
import { createRestAdapter } from '../adapter/rest.js';
import { FULL_API_BASE } from '../mock/handlers/full-api.js';
import type { AuditLogAdapter, AuditLogListRequest, AuditLogListResult } from '../adapter/types.js';
import { AuditLogError } from '../errors.js';
import { generateDataset } from '../mock/generate.js';
import type { AuditLogEvent } from '../model/event.js';

/** A fixed end instant, so stories and tests show the same rows on every run. */
export const STORY_END = Date.parse('2025-07-01T12:00:00.000Z');

/** A generated history and its actor directory, for memory adapters in stories and tests. */
export function sampleData(size = 400, seed = 4) {
  const dataset = generateDataset({ seed, size, end: STORY_END, days: 30 });
  const org = dataset.organizations[0]!;
  const events = dataset.events.filter((e) => e.organizationId === org.id);
  const actors = [
    ...[...org.users].filter(([id]) => !org.deletedUserIds.has(id)).map(([id, u]) => ({ kind: 'user' as const, id, email: u.email as string, displayName: u.displayName as string | undefined })),
    ...[...org.apiKeys].map(([id, k]) => ({ kind: 'api_key' as const, id, displayName: k.displayName as string })),
    ...[...org.scimApiKeys].map(([id, k]) => ({ kind: 'scim_api_key' as const, id, displayName: k.displayName as string })),
  ];
  return { events, actors, org, dataset };
}

/** A memory adapter over {@link sampleData}. */
export function sampleAdapter(options: Partial<MemoryAdapterOptions> = {}, size?: number) {
  const { events, actors } = sampleData(size);
  return createMemoryAdapter({ events, actors, ...options });
}

/** Wraps an adapter so that its list calls can be counted, failed or held. */
export function instrument(
  adapter: AuditLogAdapter,
  behave: (call: number, request: AuditLogListRequest) => 'pass' | 'fail' | 'hang' = () => 'pass',
) {
  const calls: AuditLogListRequest[] = [];
  const actorCalls: string[][] = [];
  const wrapped: AuditLogAdapter = {
    ...adapter,
    async listEvents(request): Promise<AuditLogListResult> {
      calls.push(request);
      const mode = behave(calls.length, request);
      if (mode === 'fail') throw new AuditLogError('server', 'Loading audit log events failed with HTTP 503: the audit service is unavailable.', { status: 503 });
      if (mode === 'hang') return new Promise(() => {});
      return adapter.listEvents(request);
    },
    getActors: adapter.getActors
      ? (refs, options) => {
          actorCalls.push(refs.map((r) => r.id));
          return adapter.getActors!(refs, options);
        }
      : undefined,
  };
  return { adapter: wrapped, calls, actorCalls };
}

/** Events whose strings are hostile: markup, script, bidi controls, a 10 kB name. */
export function hostileEvents(): AuditLogEvent[] {
  const base = { eventTime: '2025-07-01T11:00:00.000Z', eventDetails: {} };
  return [
    { ...base, id: 'audit_log_event_h1', eventName: 'acme.<img src=x onerror=alert(1)>.create', actorUserId: 'user_<script>alert(1)</script>' },
    { ...base, id: 'audit_log_event_h2', eventName: 'acme.files.\u202Egnp.exe', actorApiKeyId: 'api_key_hostile', eventTime: '2025-07-01T10:59:00.000Z' },
    { ...base, id: 'audit_log_event_h3', eventName: `acme.${'x'.repeat(10_000)}.approve`, actorScimApiKeyId: 'scim_api_key_long', eventTime: '2025-07-01T10:58:00.000Z' },
  ];
}

/** The directory that names the hostile events' actors with more hostile strings. */
export const hostileActors = [
  { kind: 'user' as const, id: 'user_<script>alert(1)</script>', email: '"><svg onload=alert(1)>@evil.example' },
  { kind: 'api_key' as const, id: 'api_key_hostile', displayName: '\u202Eyek IPA <b>bold</b>' },
  { kind: 'scim_api_key' as const, id: 'scim_api_key_long', displayName: 'S'.repeat(10_000) },
];

/**
 * The REST adapter as a viewer reads the mock's full API (or the server handler under it) at
 * `origin`: the owner's token, and every capability the API has on the wire.
 */
export function fullApiRestAdapter(origin: string, token = 'demo_owner_contract') {
  return createRestAdapter({ baseUrl: `${origin}${FULL_API_BASE}`, headers: { Authorization: `Bearer ${token}` }, capabilities: { search: true }, count: true, aggregate: true, roles: true });
}
