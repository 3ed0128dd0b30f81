'use client';

import { AuditLogViewer, createRestAdapter, useAuditLogUrlState, type AuditLogUrlSource } from '@audit-log-viewer/react';
import { useRouter, useSearchParams } from 'next/navigation';
import { Suspense, useEffect, useState, type ReactNode } from 'react';

const api = process.env.NEXT_PUBLIC_AUDIT_API ?? 'http://127.0.0.1:4010';

/**
 * The viewer's URL state over Next's router. It reads `window.location` (on the server the viewer
 * renders without URL state, and hydration follows), writes with `router.push`/`replace`, and
 * hears every navigation through <SearchParamsListener>, the only part that calls
 * `useSearchParams`: it sits in a Suspense boundary of its own, so the viewer itself stays in the
 * prerendered shell.
 */
function useNextUrlSource(): { source: AuditLogUrlSource; listener: ReactNode } {
  const router = useRouter();
  const [listeners] = useState(() => new Set<() => void>());
  const [source] = useState<AuditLogUrlSource>(() => ({
    read: () => (typeof window === 'undefined' ? '' : window.location.search),
    write: (search, mode) => router[mode](`${window.location.pathname}${search}`, { scroll: false }),
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  }));
  const [notify] = useState(() => () => listeners.forEach((listener) => listener()));
  return { source, listener: <Suspense fallback={null}><SearchParamsListener onChange={notify} /></Suspense> };
}

function SearchParamsListener({ onChange }: { onChange: () => void }) {
  const params = useSearchParams();
  useEffect(onChange, [params, onChange]);
  return null;
}

/** The client wrapper a server page renders: it creates the adapter (functions cannot cross from server to client). */
export function AuditLogs() {
  const [adapter] = useState(() => createRestAdapter({ baseUrl: `${api}/api/audit/v1`, headers: { Authorization: 'Bearer demo_owner_acme' }, capabilities: { search: true } }));
  const { source, listener } = useNextUrlSource();
  const url = useAuditLogUrlState({ source });
  return (
    <>
      {listener}
      <AuditLogViewer adapter={adapter} timeZone="UTC" {...url} />
    </>
  );
}
