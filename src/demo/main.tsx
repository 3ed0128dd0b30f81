import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createTesseralAdapter } from '../adapter/tesseral.js';
import { EventPreview } from './event-preview.js';

/**
 * The demo: the mock backend runs in a service worker (MSW) in this tab, so the page talks to
 * "Tesseral" over real fetch calls without any server. `?size=` sets how many events it holds.
 */
async function main() {
  const params = new URLSearchParams(window.location.search);
  const size = Math.min(Number(params.get('size')) || 10_000, 200_000);
  const { createBrowserMock } = await import('../mock/msw/browser.js');
  const { worker } = createBrowserMock({ size });
  await worker.start({ onUnhandledRequest: 'bypass', quiet: false, serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` } });
  const adapter = createTesseralAdapter({ accessToken: 'demo_owner_acme' });
  const client = new QueryClient();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={client}>
        <main>
          <h1>Acme Corp · Organization settings</h1>
          <section aria-labelledby="audit-title">
            <h2 id="audit-title">Audit logs</h2>
            <p>Placeholder page: the viewer component comes next. Newest events from the mock Tesseral API:</p>
            <EventPreview adapter={adapter} />
          </section>
        </main>
      </QueryClientProvider>
    </StrictMode>,
  );
}

void main();
