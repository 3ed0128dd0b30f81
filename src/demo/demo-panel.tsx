import type { AuditLogTheme } from '../components/root.js';
import { DEMO_SIZES, type DemoSettings } from './settings.js';

/** Props of {@link DemoPanel}. */
export interface DemoPanelProps {
  settings: DemoSettings;
  onChange: (next: DemoSettings) => void;
}

function Choice<T extends string | number>({ label, value, options, onChange, hint }: {
  label: string; value: T; options: readonly [T, string][]; onChange: (value: T) => void; hint?: string;
}) {
  return (
    <label className="demo-choice">
      <span>{label}</span>
      <select value={String(value)} onChange={(e) => onChange(options.find(([v]) => String(v) === e.target.value)![0])}>
        {options.map(([v, text]) => (
          <option key={String(v)} value={String(v)}>{text}</option>
        ))}
      </select>
      {hint ? <small className="demo-hint">{hint}</small> : null}
    </label>
  );
}

/** What each backend can do, said beside the choice. */
const BACKEND_HINTS: Record<DemoSettings['backend'], string> = {
  full: 'Search, every filter, page sizes to 100, export jobs.',
  tesseral: 'As Tesseral serves it: 10 a page, one event name, one user, no search.',
};

/** The demo's control panel: backend, organization, data size, latency, error rate, theme. */
export function DemoPanel({ settings, onChange }: DemoPanelProps) {
  const set = <K extends keyof DemoSettings>(key: K) => (value: DemoSettings[K]) => onChange({ ...settings, [key]: value });
  return (
    <aside className="demo-panel" aria-label="Demo controls">
      <h2>Demo controls</h2>
      {settings.api ? (
        <p>Reading the server at <code>{settings.api}</code>: the mock's latency, errors and data size do not apply to it.</p>
      ) : (
        <p>The mock backend runs in this tab (a service worker): nothing leaves your browser.</p>
      )}
      <Choice label="Backend" value={settings.backend} onChange={set('backend')}
        options={[['full', 'Full query API'], ['tesseral', "Tesseral's API"]]} hint={BACKEND_HINTS[settings.backend]} />
      <Choice label="Organization" value={settings.org} onChange={set('org')}
        options={[['acme', 'Acme Corp'], ['globex', 'Globex'], ['initech', 'Initech'], ['umbrella', 'Umbrella (no events)']]} />
      <Choice label="Data size" value={settings.size} onChange={set('size')}
        options={DEMO_SIZES.map((n) => [n, `${n / 1000}k events`] as [number, string])} />
      <Choice label="Latency" value={settings.latency} onChange={set('latency')}
        options={[[0, 'None'], [300, '300 ms'], [1500, '1.5 s']]} />
      <Choice label="Export" value={settings.serverExport ? 'server' : 'stream'} onChange={(v) => onChange({ ...settings, serverExport: v === 'server' })}
        options={[['stream', 'Streamed by the viewer'], ['server', 'Job on the backend (full API)']]} />
      <Choice label="Latency varies" value={settings.jitter ? 'yes' : 'no'} onChange={(v) => onChange({ ...settings, jitter: v === 'yes' })}
        options={[['no', 'No: fixed'], ['yes', 'Yes: 0 to 2× (answers overtake)']]} />
      <Choice label="Error rate" value={settings.errorRate} onChange={set('errorRate')}
        options={[[0, 'None'], [0.1, '10 %'], [0.5, '50 %'], [1, 'Every request']]} />
      <Choice<AuditLogTheme> label="Theme" value={settings.theme} onChange={set('theme')}
        options={[['light', 'Light'], ['dark', 'Dark'], ['system', 'System']]} />
    </aside>
  );
}
