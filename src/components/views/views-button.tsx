import { useAuditLogContext } from '../context.js';
import { lazyMenuButton } from '../lazy-menu-button.js';

const ViewsButton = lazyMenuButton(() => import('./views-menu.js').then((m) => m.ViewsMenu), (messages) => messages.views);

/**
 * "Views": the person's saved views (filter, columns, density, zone), kept in the viewer's view
 * store (`views`; `localStorage` by default). The menu, and the reading of links it needs, load
 * on first use; until then this is a plain button.
 */
export function AuditLogViews() {
  const { controller } = useAuditLogContext();
  return controller.viewStore ? <ViewsButton /> : null;
}
