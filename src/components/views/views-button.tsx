import { useAuditLogContext } from '../context.js';
import { lazyMenuButton } from '../lazy-menu-button.js';

// The menu with the URL form it saves views in (read back as a link's, so every value is checked),
// loaded together on first use; the URL module stays in the main chunk, where its exports live.
const ViewsButton = lazyMenuButton(
  () => Promise.all([import('./views-menu.js'), import('../../filter/url.js')]).then(([m, url]) => () => <m.ViewsMenu url={url} />),
  (messages) => messages.views,
);

/**
 * "Views": the person's saved views (filter, columns, density, zone), kept in the viewer's view
 * store (`views`; `localStorage` by default). The menu, and the reading of links it needs, load
 * on first use; until then this is a plain button.
 */
export function AuditLogViews() {
  const { controller } = useAuditLogContext();
  return controller.viewStore ? <ViewsButton /> : null;
}
