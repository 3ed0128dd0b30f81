import type { AuditLogViewStore } from './store.js';

/**
 * The default view store (`localStorage` under `key`), whose code loads on its first call: the
 * Views menu is the only caller, and it loads on first use, so that the first rows pay nothing for
 * saved views. One store per viewer, kept, so that its page-only fallback (no storage) is kept too.
 */
export function deferredLocalStorageViewStore(key: string): AuditLogViewStore {
  let store: Promise<AuditLogViewStore> | undefined;
  const get = () => (store ??= import('./store.js').then((m) => m.localStorageViewStore(key)));
  return {
    load: () => get().then((s) => s.load()),
    save: (views) => get().then((s) => s.save(views)),
  };
}
