import { useEffect } from 'react';
import type { AuditLogFilter } from '../filter/types.js';
import { resolveZone, type AuditLogTimeZone } from '../format/time.js';
import { devWarning } from './dev-warning.js';

// Replaced by the host's bundler (see dev-warning.ts); the package's own types do not include Node's.
declare const process: { env: { NODE_ENV?: string } };

/**
 * A word to the developer (in development builds, once per value) about each prop the viewer had
 * to correct: a page size the backend does not offer, a zone this browser does not know, a filter
 * the backend cannot apply in full.
 */
export function useDevCorrections(corrections: {
  requestedSize: number;
  pageSize: number;
  pageSizes: readonly number[];
  timeZone: AuditLogTimeZone;
  requestedFilter: AuditLogFilter;
  filter: AuditLogFilter;
}): void {
  // A production build drops the rest: the bundler makes this `"production" === "production"`.
  // Read bare, as React and TanStack Query read it (so every host that runs them replaces it); the
  // hooks below are then never called in that build, and always in a development one.
  if (process.env.NODE_ENV === 'production') return;
  const { requestedSize, pageSize, pageSizes, timeZone, requestedFilter, filter } = corrections;
  useEffect(() => {
    if (!pageSizes.includes(requestedSize)) {
      devWarning(`pageSize ${requestedSize} is not one this backend offers (${pageSizes.join(', ')}); showing ${pageSize} per page.`);
    }
  }, [requestedSize, pageSize, pageSizes]);
  useEffect(() => {
    if (timeZone !== 'local' && timeZone !== 'UTC' && resolveZone(timeZone) === 'UTC') {
      devWarning(`timeZone "${timeZone}" is not a time zone this browser knows; showing times in UTC.`);
    }
  }, [timeZone]);
  useEffect(() => {
    if (JSON.stringify(filter) !== JSON.stringify(requestedFilter)) {
      devWarning(`this backend cannot apply all of the filter ${JSON.stringify(requestedFilter)}; showing ${JSON.stringify(filter)}.`);
    }
  }, [filter, requestedFilter]);
}
