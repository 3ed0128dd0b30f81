import { delay, HttpResponse } from 'msw';
import { rpcStatus } from '../tesseral/errors.js';

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
 * The failure uses the shape of the API it stands in for (a `google.rpc.Status` for Tesseral's).
 */
export async function applyScenario(scenario: MockScenario, shape: 'connect' | 'rest'): Promise<Response | undefined> {
  if (scenario.latencyMs > 0) {
    await delay(scenario.jitter ? Math.round((scenario.random ?? Math.random)() * 2 * scenario.latencyMs) : scenario.latencyMs);
  }
  if (scenario.errorRate > 0 && (scenario.random ?? Math.random)() < scenario.errorRate) {
    const message = 'mock server: injected failure (error rate knob)';
    return shape === 'connect' ? rpcStatus('unavailable', message) : HttpResponse.json({ error: { code: 'server', message } }, { status: 503 });
  }
  return undefined;
}
