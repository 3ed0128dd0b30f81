import { delay, HttpResponse } from 'msw';

/**
 * Knobs of the mock backend, read on every request (so a demo panel can change them live).
 * Each server or worker gets its own object.
 */
export interface MockScenario {
  /** Added latency per request, in ms. */
  latencyMs: number;
  /** Makes each request's latency random, from 0 to twice `latencyMs`, so answers can overtake each other. */
  jitter?: boolean;
  /** Probability (0–1) that a request fails with 503, to exercise error states and retries. */
  errorRate: number;
  /** Every organization answers as if it had no events yet (the empty state). */
  empty?: boolean;
  /** The random source for injected failures; default `Math.random`. */
  random?: () => number;
}

/** A fresh scenario: no latency, no failures. */
export function createScenario(overrides: Partial<MockScenario> = {}): MockScenario {
  return { latencyMs: 0, errorRate: 0, ...overrides };
}

/**
 * Applies latency and injected failures; returns the failure response when this request fails.
 * The failure uses the shape of the API it stands in for (Connect error for Tesseral's).
 */
export async function applyScenario(scenario: MockScenario, shape: 'connect' | 'rest'): Promise<Response | undefined> {
  if (scenario.latencyMs > 0) {
    await delay(scenario.jitter ? Math.round((scenario.random ?? Math.random)() * 2 * scenario.latencyMs) : scenario.latencyMs);
  }
  if (scenario.errorRate > 0 && (scenario.random ?? Math.random)() < scenario.errorRate) {
    const message = 'mock server: injected failure (error rate knob)';
    return HttpResponse.json(shape === 'connect' ? { code: 'unavailable', message } : { error: { code: 'server', message } }, { status: 503 });
  }
  return undefined;
}

/** The bearer token of a request, or the access-token cookie as Tesseral's frontend API accepts. */
export function credentialOf(request: Request): string | undefined {
  const auth = request.headers.get('authorization');
  const bearer = auth?.match(/^Bearer\s+(.+)$/i)?.[1];
  if (bearer) return bearer.trim();
  const cookies = request.headers.get('cookie') ?? '';
  for (const part of cookies.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name && /access_token$/.test(name)) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/** A Connect-style error body (`{"code":"invalid_argument","message":…}`) with its HTTP status. */
export function connectError(status: number, code: string, message: string): Response {
  return HttpResponse.json({ code, message }, { status });
}
