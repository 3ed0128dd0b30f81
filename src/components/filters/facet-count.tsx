import { useQuery } from '@tanstack/react-query';
import type { AuditLogFacetField } from '../../model/aggregate.js';
import type { AuditLogListFilter } from '../../model/query.js';
import { facetQuery } from '../../query/on-demand.js';
import type { AuditLogControllerMessages } from '../../format/core-messages.js';
import { useAuditLogContext, useOwnClass } from '../context.js';

/** The list-filter keys each facet leaves out: an option's count is what choosing it would show beside the other filters. */
const OWN_KEYS: Record<AuditLogFacetField, (keyof AuditLogListFilter)[]> = {
  eventName: ['eventNames'],
  actorId: ['actorIds', 'actorKinds'],
};

/** What the counts of one facet say about a value: a number, "at least" a number, or nothing known. */
export type FacetCount = { count: number; exact: boolean } | undefined;

/**
 * The counts of one field's options under the other filters, where the adapter counts them
 * (`facetEvents`); `undefined` for every value where it cannot, or while they load.
 */
export function useFacetCounts(field: AuditLogFacetField): (value: string) => FacetCount {
  const { controller } = useAuditLogContext();
  const { listFilter } = controller;
  const filter = { ...listFilter };
  for (const key of OWN_KEYS[field]) delete filter[key];
  const answer = useQuery(facetQuery(controller, filter, field, listFilter !== null), controller.queryClient);
  const facets = answer.data;
  if (!facets) return () => undefined;
  const counts = new Map(facets.values.map((v) => [v.value, v.count]));
  return (value) => {
    const count = counts.get(value);
    // A value left out of a complete answer has no events; of a cut one, it is unknown.
    if (count === undefined) return facets.complete && facets.exact ? { count: 0, exact: true } : undefined;
    return { count, exact: facets.exact };
  };
}

/**
 * An option's accessible name with its count at the end ("User updated tesseral.users.update,
 * 12"), given to the option's input: a name computed from the label's parts would put a space
 * before the comma in some browsers (flex items are read as blocks).
 */
export function facetName(messages: AuditLogControllerMessages, text: string, count: FacetCount): string {
  return count ? `${text}, ${messages.facetCount(count.count, count.exact)}` : text;
}

/** An option's count as the eye reads it, at the end of its line (the name says it with {@link facetName}). */
export function FacetCountText({ count }: { count: FacetCount }) {
  const { controller } = useAuditLogContext();
  const own = useOwnClass();
  if (!count) return null;
  return (
    <span className={own('alv-facet-count')} aria-hidden="true">
      {controller.messages.facetCount(count.count, count.exact)}
    </span>
  );
}
