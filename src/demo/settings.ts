import type { AuditLogTheme } from '../components/root.js';

/** The demo's knobs, kept in the page's query string so that a link (or a test) can set them. */
export interface DemoSettings {
  backend: 'tesseral' | 'full';
  org: 'acme' | 'globex' | 'initech' | 'umbrella';
  size: number;
  latency: number;
  /** Random latency per request (0 to twice `latency`): answers may arrive out of order. */
  jitter: boolean;
  /** Exports run as jobs on the (full API) backend instead of being streamed by the viewer. */
  serverExport: boolean;
  errorRate: number;
  theme: AuditLogTheme;
  /** Live updates (on by default in the demo; `live=0` turns them off, for tests that count requests). */
  live: boolean;
  /**
   * The instant the generated history ends at (ms); default the start of today (UTC), so that the
   * data, and the links to its events, stay the same across reloads all day. Fixed for screenshots.
   */
  now: number | null;
  /**
   * A full API to read instead of the mock (`?api=http://127.0.0.1:4020/api/audit/v1`: `npm run
   * server`), signed in with the organization's demo alias; the mock is then not started at all.
   */
  api: string | null;
}

const SIZES = [1_000, 10_000, 100_000];

function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function number(value: string | null, min: number, max: number, fallback: number): number {
  const n = Number(value);
  return value !== null && Number.isFinite(n) && n >= min && n <= max ? n : fallback;
}

/** An http(s) URL, without a trailing slash; anything else is no API. */
function apiOf(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href.replace(/\/+$/, '') : null;
  } catch {
    return null;
  }
}

/** Reads the settings from a query string, ignoring anything unknown or out of range. */
export function readSettings(search: string): DemoSettings {
  const params = new URLSearchParams(search);
  const now = params.get('now');
  return {
    backend: pick(params.get('backend'), ['full', 'tesseral'], 'full'),
    org: pick(params.get('org'), ['acme', 'globex', 'initech', 'umbrella'], 'acme'),
    size: SIZES.includes(Number(params.get('size'))) ? Number(params.get('size')) : 10_000,
    latency: number(params.get('latency'), 0, 10_000, 0),
    jitter: params.get('jitter') === '1',
    serverExport: params.get('serverExport') === '1',
    errorRate: number(params.get('errorRate'), 0, 1, 0),
    theme: pick(params.get('theme'), ['light', 'dark', 'system'], 'light'),
    live: params.get('live') !== '0',
    now: now && !Number.isNaN(Date.parse(now)) ? Date.parse(now) : null,
    api: apiOf(params.get('api')),
  };
}

/** Writes the settings back into the query string (only what differs from the defaults). */
export function writeSettings(settings: DemoSettings): string {
  const params = new URLSearchParams();
  const defaults = readSettings('');
  for (const key of ['backend', 'org', 'size', 'latency', 'errorRate', 'theme'] as const) {
    if (settings[key] !== defaults[key]) params.set(key, String(settings[key]));
  }
  if (settings.jitter) params.set('jitter', '1');
  if (settings.serverExport) params.set('serverExport', '1');
  if (!settings.live) params.set('live', '0');
  if (settings.now !== null) params.set('now', new Date(settings.now).toISOString());
  if (settings.api !== null) params.set('api', settings.api);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The data sizes on offer. */
export const DEMO_SIZES = SIZES;

/** Where the generated history ends: the given instant, or the start of today in UTC. */
export function historyEnd(settings: DemoSettings, now: number): number {
  return settings.now ?? Math.floor(now / 86_400_000) * 86_400_000;
}
