import { createBrowserMock } from '../src/mock/msw/browser';
import { STORY_END } from '../src/test-support/adapters';

let started: Promise<ReturnType<typeof createBrowserMock>> | undefined;

/**
 * The mock backend in Storybook's page (MSW service worker), started once for the stories that
 * talk to a real HTTP API; the others use the memory adapter and need no network.
 */
export function startMockBackend() {
  started ??= (async () => {
    const mock = createBrowserMock({ seed: 2, size: 3000, end: STORY_END, days: 30 });
    await mock.worker.start({ onUnhandledRequest: 'bypass', quiet: true });
    return mock;
  })();
  return started;
}
