'use client';

import { AuditLogViewer, createRestAdapter, useAuditLogUrlState, type AuditLogUrlSource } from '@audit-log-viewer/react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useMemo, useState } from 'react';

const api = process.env.NEXT_PUBLIC_AUDIT_API ?? 'http://127.0.0.1:4010';

/** The viewer's URL state over Next's router: its navigations, Back and Forward are all seen. */
function useNextUrlSource(): AuditLogUrlSource {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  return useMemo(() => {
    const search = params.toString();
    return {
      read: () => search,
      write: (next, mode) => (mode === 'push' ? router.push : router.replace)(`${pathname}${next}`, { scroll: false }),
      // Next re-renders this component when the URL changes: nothing to listen to.
      subscribe: () => () => {},
    };
  }, [params, router, pathname]);
}

export function AuditLogs() {
  const [adapter] = useState(() => createRestAdapter({ baseUrl: `${api}/api/audit/v1`, headers: { Authorization: 'Bearer demo_owner_acme' } }));
  const url = useAuditLogUrlState({ source: useNextUrlSource() });
  return <AuditLogViewer adapter={adapter} timeZone="UTC" {...url} />;
}
