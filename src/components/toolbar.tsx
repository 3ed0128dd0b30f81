import { useId, useMemo } from 'react';
import { knownZones, localZone } from '../format/time.js';
import { useAuditLogContext, useSlot } from './context.js';

/** The title and the viewer-wide controls (the time zone; the filters join here). */
export function AuditLogToolbar() {
  const { controller } = useAuditLogContext();
  const slot = useSlot();
  const { messages } = controller;
  const zoneId = useId();
  const zones = useMemo(knownZones, []);
  const setting = controller.timeZoneSetting;
  return (
    <div className={slot('toolbar')}>
      <h2 className={slot('title')}>{messages.title}</h2>
      <div className={slot('field')}>
        <label htmlFor={zoneId}>{messages.timeZone}</label>
        <select id={zoneId} className={slot('select')} value={setting} onChange={(e) => controller.setTimeZone(e.target.value)}>
          <option value="local">{messages.timeZoneLocal(localZone())}</option>
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
