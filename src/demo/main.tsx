import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/styles.css';
import { DemoApp } from './demo-app.js';
import './demo.css';
import { historyEnd, readSettings } from './settings.js';

/**
 * The demo: the mock backend runs in a service worker (MSW) in this tab, so the page talks to
 * "Tesseral" and to the full API over real fetch calls without any server; or, with `?api=`, the
 * page reads a real server's full API (`npm run server`).
 */
async function main() {
  const settings = readSettings(window.location.search);
  const root = createRoot(document.getElementById('root')!);
  const { createScenario } = await import('../mock/handlers/scenario.js');
  if (settings.api) {
    // A real server (npm run server): no mock in the page, which would answer its requests.
    root.render(
      <StrictMode>
        <DemoApp initial={settings} scenario={createScenario()} accessTokens={new Map()} />
      </StrictMode>,
    );
    return;
  }
  root.render(<p style={{ padding: 24 }}>Generating {settings.size.toLocaleString('en')} mock events…</p>);
  const { createBrowserMock } = await import('../mock/msw/browser.js');
  const scenario = createScenario({ latencyMs: settings.latency, jitter: settings.jitter, errorRate: settings.errorRate });
  const { worker, db } = createBrowserMock({ size: settings.size, end: historyEnd(settings, Date.now()) }, scenario);
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true, serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` } });
  root.render(
    <StrictMode>
      <DemoApp initial={settings} scenario={scenario} accessTokens={db.accessTokens} />
    </StrictMode>,
  );
}

void main();
