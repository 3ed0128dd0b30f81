import { useId, useMemo, useState, useSyncExternalStore } from 'react';
import { knownZones, localZone } from '../format/time.js';
import { useAuditLogContext, useSlot } from './context.js';

const noSubscription = () => () => {};

/** The title and the viewer-wide controls (the time zone; the filters join here). */
export function AuditLogToolbar() {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const { messages } = controller;
  const zoneId = useId();
  // The 400-odd IANA zones are listed once the person reaches the control, not on first paint.
  const [expanded, setExpanded] = useState(false);
  // The local zone is the browser's: a server render cannot know it, so it is named only on the
  // client (true at once on a client render, false on the server and while hydrating).
  const mounted = useSyncExternalStore(noSubscription, () => true, () => false);
  const zones = useMemo(() => (expanded ? knownZones() : []), [expanded]);
  const setting = controller.timeZoneSetting;
  return (
    <div className={slot('toolbar')}>
      <h2 className={slot('title')}>{messages.title}</h2>
      <div className={slot('field')}>
        <label htmlFor={zoneId}>{messages.timeZone}</label>
        <select
          id={zoneId}
          className={slot('select')}
          value={setting}
          onFocus={() => setExpanded(true)}
          onPointerDown={() => setExpanded(true)}
          onChange={(e) => controller.setTimeZone(e.target.value)}
        >
          {/* Naming the local zone costs the page's first Intl call (ICU data): only when it is needed. */}
          <option value="local">{mounted && expanded ? messages.timeZoneLocal(localZone()) : messages.timeZoneLocalShort}</option>
          <option value="UTC">UTC</option>
          {setting !== 'local' && setting !== 'UTC' && !zones.includes(setting) ? <option value={setting}>{setting}</option> : null}
          {zones.map((zone) => (
            <option key={zone} value={zone}>{zone}</option>
          ))}
        </select>
      </div>
    </div>
  );
}
