import { useEffect, useState } from 'react';
import type { VirtualRows } from './virtual-rows.js';

/** The loaded code (a module's cache, as `import()`'s own: no state of any viewer is kept here). */
let loaded: typeof VirtualRows | null = null;
const load = () => import('./virtual-rows.js').then((m) => (loaded = m.VirtualRows));

/**
 * The virtual rows' component once its code is in (`null` until then), loaded when `wanted` (a
 * large page size, before its rows arrive). Not `lazy` + `Suspense`: React holds back a Suspense
 * boundary's content for up to 300 ms after its fallback shows, and a page's rows must not wait.
 */
export function useVirtualRows(wanted: boolean): typeof VirtualRows | null {
  const [component, setComponent] = useState(() => loaded);
  useEffect(() => {
    if (wanted && !component) void load().then((c) => setComponent(() => c));
  }, [wanted, component]);
  return component;
}
