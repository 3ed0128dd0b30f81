import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { createAuditLogQueryClient } from '../query/client.js';

/**
 * The QueryClient a viewer caches in: the host's, or one of its own (so two viewers never share
 * entries). Its own is mounted while the viewer is: without that, a query started offline stays
 * paused after the network returns. A host's client is the host's to mount.
 */
export function useViewerClient(hostClient: QueryClient | undefined): QueryClient {
  const [ownClient] = useState(createAuditLogQueryClient);
  useEffect(() => {
    if (hostClient) return;
    ownClient.mount();
    return () => ownClient.unmount();
  }, [ownClient, hostClient]);
  return hostClient ?? ownClient;
}
