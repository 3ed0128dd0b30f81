import { useEffect } from 'react';
import type { AuditLogFilter } from '../filter/types.js';
import { resolveZone, type AuditLogTimeZone } from '../format/time.js';
import { devWarning } from './dev-warning.js';

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
