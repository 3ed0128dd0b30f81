import { useMemo, useState } from 'react';
import { createRestAdapter } from '../adapter/rest.js';
import { createTesseralAdapter } from '../adapter/tesseral/index.js';
import { AuditLogViewer } from '../components/audit-log-viewer.js';
import type { MockScenario } from '../mock/handlers/scenario.js';
import { DEFAULT_URL_PREFIX } from '../filter/url.js';
import { useAuditLogUrlState } from '../filter/use-url-state.js';
import { DemoPanel } from './demo-panel.js';
import { writeSettings, type DemoSettings } from './settings.js';

/** Props of {@link DemoApp}. */
export interface DemoAppProps {
  initial: DemoSettings;
  /** The mock backend's live knobs. */
  scenario: MockScenario;
  /**
   * Each organization's access tokens (JWTs with Tesseral's claims), as a host gets them from
   * Tesseral's SDK after sign-in; the demo signs in as the owner.
   */
  accessTokens: ReadonlyMap<string, { owner: string }>;
}

const ORG_NAMES: Record<DemoSettings['org'], string> = { acme: 'Acme Corp', globex: 'Globex', initech: 'Initech', umbrella: 'Umbrella' };

/**
 * A fictional SaaS product's "Organization settings" page with the viewer embedded, as a vendor
 * would ship it, plus a panel to switch the backend, data, latency, failures and theme.
 */
// Live updates on in the demo (off by default in the library), often enough to see an event
// created from the panel arrive; the Tesseral adapter's own floor (a minute) still holds for it.
const LIVE = { intervalMs: 3_000 };

export function DemoApp({ initial, scenario, accessTokens }: DemoAppProps) {
  const [settings, setSettings] = useState(initial);
  const token = accessTokens.get(settings.org)?.owner ?? `demo_owner_${settings.org}`;
  const adapter = useMemo(
    () =>
      settings.backend === 'tesseral' && !settings.api
        ? createTesseralAdapter({ accessToken: token, id: `demo-tesseral-${settings.org}` })
        : createRestAdapter({
            // The mock's full API in this tab, or a real server's (`?api=`, npm run server).
            baseUrl: settings.api ?? '/api/audit/v1',
            headers: { Authorization: `Bearer ${token}` },
            id: `demo-${settings.api ? 'server' : 'full'}-${settings.org}`,
            // Both search with the engine's syntax, count, draw, name roles and run export jobs.
            capabilities: { search: true },
            count: true,
            aggregate: true,
            roles: true,
            serverExport: settings.serverExport,
          }),
    [settings.api, settings.backend, settings.org, settings.serverExport, token],
  );

  // The viewer's filter and page size live in the URL too (under "audit."), beside the demo's knobs.
  const urlState = useAuditLogUrlState();

  function change(next: DemoSettings) {
    // The demo's own parameters are rewritten; the viewer's are kept, unless the backend or
    // organization changes (a filter of one backend may mean nothing to the other).
    const kept = new URLSearchParams(window.location.search);
    const sameBackend = next.backend === settings.backend && next.org === settings.org && next.serverExport === settings.serverExport;
    const own = new URLSearchParams(writeSettings(next));
    for (const key of [...kept.keys()]) if (!key.startsWith(DEFAULT_URL_PREFIX) || !sameBackend) kept.delete(key);
    for (const [key, value] of own) kept.set(key, value);
    const query = kept.toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
    if (!sameBackend && next.size === settings.size) {
      window.location.assign(url);
      return;
    }
    // A new data size needs a new generated history: reload with it.
    if (next.size !== settings.size) {
      window.location.assign(url);
      return;
    }
    window.history.replaceState(null, '', url);
    // Latency and failures apply from the next request on; the rows shown stay.
    scenario.latencyMs = next.latency;
    scenario.jitter = next.jitter;
    scenario.errorRate = next.errorRate;
    setSettings(next);
  }

  return (
    <div className="demo-page" data-theme={settings.theme}>
      <header className="demo-header">
        <strong>Ledgerly</strong>
        <span>{ORG_NAMES[settings.org]}</span>
      </header>
      <div className="demo-body">
        <nav className="demo-nav" aria-label="Settings">
          <a href="#general">General</a>
          <a href="#members">Members</a>
          <a href="#security">Security</a>
          <a href="#audit-logs" aria-current="page">Audit logs</a>
        </nav>
        <main className="demo-main" id="audit-logs">
          <h1>Organization settings</h1>
          <AuditLogViewer key={`${adapter.id}${settings.serverExport ? ':jobs' : ''}`} adapter={adapter} theme={settings.theme} exportName={ORG_NAMES[settings.org]} liveUpdates={settings.live ? LIVE : false} {...urlState} />
        </main>
        <DemoPanel settings={settings} onChange={change} />
      </div>
    </div>
  );
}
