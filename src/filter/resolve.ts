import type { AuditLogListFilter } from '../model/query.js';
import { FIELDS } from './fields/index.js';
import { activeValue, type AuditLogFilter } from './types.js';

/**
 * The adapter's filter for a person's filter at an instant, or `null` when no event can match
 * (two fields that exclude each other, such as a resource group and an event type outside it):
 * then nothing is asked of the backend. A relative range becomes the exact instants from `now`
 * back; `now` is taken when the filter is applied or refreshed, and kept for every page of that
 * result, so that paging never moves the window.
 */
export function toListFilter(filter: AuditLogFilter, now: number): AuditLogListFilter | null {
  const out: AuditLogListFilter = {};
  for (const field of FIELDS) {
    const value = activeValue(filter, field);
    if (value !== undefined && !field.toList(value, out, now)) return null;
  }
  return out;
}
