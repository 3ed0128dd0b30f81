import { useMemo, useState } from 'react';
import { createRestAdapter } from '../adapter/rest.js';
import { createTesseralAdapter } from '../adapter/tesseral.js';
import { AuditLogViewer } from '../components/audit-log-viewer.js';
import type { MockScenario } from '../mock/handlers/scenario.js';
import { DemoPanel } from './demo-panel.js';
import { writeSettings, type DemoSettings } from './settings.js';

/** Props of {@link DemoApp}. */
export interface DemoAppProps {
  initial: DemoSettings;
  /** The mock backend's live knobs. */
  scenario: MockScenario;
}

const ORG_NAMES: Record<DemoSettings['org'], string> = { acme: 'Acme Corp', globex: 'Globex', initech: 'Initech', umbrella: 'Umbrella' };

/**
 * A fictional SaaS product's "Organization settings" page with the viewer embedded, as a vendor
 * would ship it, plus a panel to switch the backend, data, latency, failures and theme.
 */
export function DemoApp({ initial, scenario }: DemoAppProps) {
  const [settings, setSettings] = useState(initial);
  const token = `demo_owner_${settings.org}`;
  const adapter = useMemo(
    () =>
      settings.backend === 'tesseral'
        ? createTesseralAdapter({ accessToken: token, id: `demo-tesseral-${settings.org}` })
        : createRestAdapter({ baseUrl: '/api/audit/v1', headers: { Authorization: `Bearer ${token}` }, id: `demo-full-${settings.org}` }),
    [settings.backend, settings.org, token],
  );

  function change(next: DemoSettings) {
    const url = `${window.location.pathname}${writeSettings(next)}`;
    // A new data size needs a new generated history: reload with it.
    if (next.size !== settings.size) {
      window.location.assign(url);
      return;
    }
    window.history.replaceState(null, '', url);
    // Latency and failures apply from the next request on; the rows shown stay.
    scenario.latencyMs = next.latency;
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
          <AuditLogViewer key={adapter.id} adapter={adapter} theme={settings.theme} />
        </main>
        <DemoPanel settings={settings} onChange={change} />
      </div>
    </div>
  );
}
