// The viewer as a host would embed it: a small adapter over the same endpoint, its actors' names
// from the same response (`actors` of the page, shown on the rows' first commit).
import { AuditLogViewer, FULL_CAPABILITIES, type AuditLogActorInfo, type AuditLogAdapter } from '@audit-log-viewer/react';
import '@audit-log-viewer/react/styles.css';
import { createRoot } from 'react-dom/client';
import { fetchPage, measure, ROWS } from '../host';

measure();
const known = new Map<string, AuditLogActorInfo>();
const adapter: AuditLogAdapter = {
  id: 'bench-host',
  capabilities: { ...FULL_CAPABILITIES, pageSizes: [ROWS], actorLookup: ['user', 'api_key'] },
  listEvents: async ({ pageSize, signal }) => {
    const page = await fetchPage(pageSize, signal);
    for (const actor of page.actors) known.set(`${actor.kind}:${actor.id}`, actor);
    return { events: page.events, nextCursor: null, actors: page.actors };
  },
  getActors: async (refs) => refs.map((ref) => known.get(`${ref.kind}:${ref.id}`) ?? { ...ref }),
};
createRoot(document.getElementById('root')!).render(<AuditLogViewer adapter={adapter} timeZone="UTC" />);
